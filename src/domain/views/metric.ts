import { bandFor, formatMetricValue, latestChange, metricSeries, teamSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { type Fact, facts } from './parts.ts';

/** Everything a metric's page shows. */
export interface MetricView {
	name: string;
	description: string;
	/** The latest value with its as-of date, change and band, as one sentence; undefined before any snapshot. */
	headline?: { value: string; rest: string };
	facts: Fact[];
	/** Newest first. */
	history: { date: string; value: string; samples?: string }[];
	showSamples: boolean;
	teams: { team: string; value: string; date: string }[];
	bands?: { caption: string; levels: { label: string; from: string; upTo: string }[] };
}

/** The page of metric `id`. */
export function metricView(content: SiteContent, id: string): MetricView {
	const data = content.metrics.get(id)!;
	const to = lookup(content);
	const snapshots = content.snapshotList.map((snapshot) => ({ data: snapshot }));
	const series = metricSeries(id, snapshots);
	const latest = series.at(-1);
	const format = (value: number) => formatMetricValue(value, data);
	const change = latestChange(series, data.direction);
	const previous = series.at(-2);
	const band = latest && bandFor(latest.value, data.bands);
	const showSamples = series.some((point) => point.samples !== undefined);
	const headline = latest && {
		value: format(latest.value),
		rest: [
			` as of ${latest.date}`,
			latest.samples === undefined ? '' : ` (n = ${latest.samples})`,
			change && previous
				? `, ${change.improved ? 'better' : change.delta === 0 ? 'unchanged' : 'worse'} than on ${previous.date} (${change.delta > 0 ? '+' : ''}${format(change.delta)})`
				: '',
			band && data.bands ? `; ${band} by ${data.bands.source} ${data.bands.year}` : '',
		].join(''),
	};
	return {
		name: data.name,
		description: data.description,
		headline,
		facts: facts([
			{ term: 'Category', text: data.category },
			{ term: 'Better when', text: data.direction === 'up' ? 'higher' : 'lower' },
			{ term: 'Target', text: data.target === undefined ? undefined : format(data.target) },
			{ term: 'Source', text: data.source },
			{
				term: 'Roadmap items aiming to move it',
				links: (content.relations.roadmapByMetric.get(id) ?? []).map((item) => to.roadmapLink(item)),
			},
		]),
		history: [...series].reverse().map((point) => ({
			date: point.date,
			value: format(point.value),
			samples: showSamples ? String(point.samples ?? 'not recorded') : undefined,
		})),
		showSamples,
		teams: [...content.teams].flatMap(([team, { name }]) => {
			const last = teamSeries(id, team, snapshots).at(-1);
			return last ? [{ team: name, value: format(last.value), date: last.date }] : [];
		}),
		bands: data.bands && {
			caption: `${data.bands.source} ${data.bands.year} performance levels`,
			levels: data.bands.levels.map((level) => ({
				label: level.label,
				from: level.min === undefined ? 'any' : format(level.min),
				upTo: level.max === undefined ? 'any' : format(level.max),
			})),
		},
	};
}
