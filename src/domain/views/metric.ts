import { formatCount, formatMeasure } from '../format.ts';
import { metricSeries, teamSeries } from '../metrics.ts';
import { quarterLabel } from '../quarters.ts';
import type { SiteContent } from '../site-content.ts';
import { categoryBadge, horizonBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type ChartFigure, type TeamCharts, metricChart, teamCharts } from './metric-chart.ts';
import { type Fact, type Stat, type Staleness, type Table, type Value, facts } from './parts.ts';
import { stalenessOf } from './staleness.ts';
import { statOf } from './stat.ts';

/** Everything a metric's page shows. */
export interface MetricView {
	chrome: EntryChrome;
	name: string;
	description: string;
	/** The warning when the latest value is older than the metric's cadence. */
	stale?: Staleness;
	/** The latest value with its as-of date, change, target and band. */
	stat: Stat;
	facts: Fact[];
	/** The history as a line chart; undefined before any snapshot. */
	chart?: ChartFigure;
	/** Every snapshot's value, newest first; undefined before any snapshot. */
	history?: Table;
	/** Roadmap items with this metric among their success metrics: horizon, the item's target and deadline. */
	items?: Table;
	/** One small chart per measured team, on a shared axis; undefined when no snapshot has per-team values. */
	teamCharts?: TeamCharts;
	/**
	 * Each team's values, newest first: the table beside the team charts, one row per team and date so it
	 * stays narrow, folded under `summary`; undefined when no snapshot has per-team values.
	 */
	teams?: { summary: string; table: Table };
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
	const teams = [...content.teams.keys()]
		.map((team) => ({ team: to.teamLink(team), points: teamSeries(id, team, snapshots) }))
		.filter(({ points }) => points.length > 0);
	const items = (content.relations.roadmapByMetric.get(id) ?? []).flatMap((item) => {
		const roadmap = content.roadmap.get(item);
		const goal = roadmap?.successMetrics.find((candidate) => candidate.metric === id);
		if (!roadmap || !goal) return [];
		return [
			[
				{ link: to.roadmapLink(item) },
				{ badges: [horizonBadge(roadmap.horizon)] },
				{ text: format(goal.target), nowrap: true },
				{ text: goal.by ? quarterLabel(goal.by) : 'not set', nowrap: true },
			],
		];
	});
	const teamTable: Table | undefined =
		teams.length === 0
			? undefined
			: {
					caption: `${data.name} per team by snapshot date, newest first`,
					columns: [{ label: 'Team', main: true }, { label: 'As of' }, { label: 'Value', numeric: true }],
					rows: teams.flatMap(({ team, points }) =>
						[...points]
							.reverse()
							.map((point): Value[] => [{ link: team }, { date: point.date }, { text: format(point.value), nowrap: true }]),
					),
				};
	return {
		chrome: entryChrome(content, 'metrics', id, source),
		name: data.name,
		description: data.description,
		stale: stalenessOf(content, [id]),
		stat: statOf(to.metricLink(id), data, series),
		facts: facts([
			{ term: 'Category', badges: [categoryBadge(data.category)] },
			{ term: 'Better when', text: data.direction === 'up' ? 'higher' : 'lower' },
			{ term: 'Measured', text: data.cadence ?? content.site.metricsCadence },
			{ term: 'Source', text: data.source },
		]),
		chart: metricChart(id, data, series),
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
		items:
			items.length === 0
				? undefined
				: {
						caption: `Roadmap items meant to move ${data.name}`,
						columns: [{ label: 'Item', main: true }, { label: 'Horizon' }, { label: 'Item target', numeric: true }, { label: 'By' }],
						rows: items,
					},
		teamCharts: teamCharts(id, data, teams),
		teams: teamTable && { summary: `The same values as a table: ${formatCount(teamTable.rows.length, 'row')}`, table: teamTable },
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
