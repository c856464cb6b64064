import { formatMeasure } from '../format.ts';
import { metricSeries, teamSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { categoryBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Stat, type Table, facts } from './parts.ts';
import { statOf } from './stat.ts';

/** Everything a metric's page shows. */
export interface MetricView {
	chrome: EntryChrome;
	name: string;
	description: string;
	/** The latest value with its as-of date, change, target and band. */
	stat: Stat;
	facts: Fact[];
	/** Every snapshot's value, newest first; undefined before any snapshot. */
	history?: Table;
	/** Each team's latest value; undefined when no snapshot has per-team values. */
	teams?: Table;
	bands?: Table;
}

/** The page of metric `id`. */
export function metricView(content: SiteContent, id: string, source?: string): MetricView {
	const data = content.metrics.get(id)!;
	const to = lookup(content);
	const snapshots = content.snapshotList.map((snapshot) => ({ data: snapshot }));
	const series = metricSeries(id, snapshots);
	const format = (value: number) => formatMeasure(value, data);
	const showSamples = series.some((point) => point.samples !== undefined);
	const teams = [...content.teams].flatMap(([team]) => {
		const last = teamSeries(id, team, snapshots).at(-1);
		return last ? [[{ link: to.teamLink(team) }, { text: format(last.value), nowrap: true }, { date: last.date }]] : [];
	});
	return {
		chrome: entryChrome(content, 'metrics', id, source),
		name: data.name,
		description: data.description,
		stat: statOf(to.metricLink(id), data, series),
		facts: facts([
			{ term: 'Category', badges: [categoryBadge(data.category)] },
			{ term: 'Better when', text: data.direction === 'up' ? 'higher' : 'lower' },
			{ term: 'Source', text: data.source },
			{
				term: 'Roadmap items aiming to move it',
				list: (content.relations.roadmapByMetric.get(id) ?? []).map((item) => to.roadmapLink(item)),
			},
		]),
		history:
			series.length === 0
				? undefined
				: {
						caption: `${data.name} by snapshot date, newest first`,
						columns: [
							{ label: 'As of' },
							{ label: 'Value', numeric: true },
							...(showSamples ? [{ label: 'Responses', numeric: true }] : []),
						],
						rows: [...series]
							.reverse()
							.map((point) => [
								{ date: point.date },
								{ text: format(point.value), nowrap: true },
								...(showSamples ? [{ text: point.samples === undefined ? 'not recorded' : String(point.samples), nowrap: true }] : []),
							]),
					},
		teams:
			teams.length === 0
				? undefined
				: {
						caption: 'Latest value per team',
						columns: [{ label: 'Team', main: true }, { label: 'Value', numeric: true }, { label: 'As of' }],
						rows: teams,
					},
		bands: data.bands && {
			caption: `${data.bands.source} ${data.bands.year} performance levels`,
			columns: [{ label: 'Level' }, { label: 'From', numeric: true }, { label: 'Up to', numeric: true }],
			rows: data.bands.levels.map((level) => [
				{ text: level.label },
				{ text: level.min === undefined ? 'any' : format(level.min), nowrap: true },
				{ text: level.max === undefined ? 'any' : format(level.max), nowrap: true },
			]),
		},
	};
}
