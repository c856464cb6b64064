import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { formatChange, formatMeasure } from '../format.ts';
import { type MetricPoint, type Movement, metricSeries, movementSince, trendOf } from '../metrics.ts';
import { quarterLabel } from '../quarters.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Table, Value } from './parts.ts';

type Goal = RoadmapItem['successMetrics'][number];

/** A movement in words, with one sign and the date it is measured from: "+5 percentage points since 2026-09-30 (better)". */
function movementText(movement: Pick<Movement, 'delta' | 'trend'>, unit: Parameters<typeof formatChange>[1], from: string): string {
	if (movement.delta === 0) return `no change ${from}`;
	return `${formatChange(movement.delta, unit)} ${from} (${movement.trend})`;
}

/**
 * Whether a success metric moved since the item shipped: from its value as of the ship date to the
 * latest; from the item's baseline when nothing was measured by then.
 */
function movedSinceShipping(goal: Goal, series: readonly MetricPoint[], shippedOn: string, content: SiteContent): string {
	const definition = content.metrics.get(goal.metric);
	if (!definition) return 'unknown metric';
	const latest = series.at(-1);
	const since = movementSince(series, shippedOn, definition.direction);
	if (since && !since.to) return 'not measured since it shipped';
	if (since?.to) return movementText(since.to, definition, `since ${since.from.date}`);
	if (latest && goal.baseline !== undefined) {
		const delta = latest.value - goal.baseline;
		return movementText({ delta, trend: trendOf(delta, definition.direction) }, definition, 'from the baseline');
	}
	return latest ? 'not measured before it shipped' : 'not measured yet';
}

/**
 * The table of an item's success metrics: each one's baseline, target and deadline, its latest value
 * with the as-of date and, once the item has shipped, how it moved since. Undefined without any.
 * Five columns at most, so it stays a table in a page's main column.
 */
export function successMetricsTable(content: SiteContent, item: RoadmapItem): Table | undefined {
	if (item.successMetrics.length === 0) return undefined;
	const to = lookup(content);
	const snapshots = content.snapshotList.map((data) => ({ data }));
	const shipped = item.horizon === 'shipped' && item.shippedOn !== undefined;
	const rows = item.successMetrics.map((goal): Value[] => {
		const metric = content.metrics.get(goal.metric);
		const format = (value: number) => (metric ? formatMeasure(value, metric) : String(value));
		const series = metricSeries(goal.metric, snapshots);
		const latest = series.at(-1);
		return [
			{ link: to.metricLink(goal.metric) },
			{ text: goal.baseline === undefined ? 'not measured' : format(goal.baseline), nowrap: true },
			{ text: goal.by ? `${format(goal.target)} by ${quarterLabel(goal.by)}` : format(goal.target), nowrap: true },
			{ text: latest ? `${format(latest.value)} on ${latest.date}` : 'no data yet', nowrap: true },
			...(shipped ? [{ text: movedSinceShipping(goal, series, item.shippedOn!, content) }] : []),
		];
	});
	return {
		caption: shipped ? 'Metrics this item should move, and how they moved since it shipped' : 'Metrics this item should move',
		columns: [
			{ label: 'Metric', main: true },
			{ label: 'Baseline', numeric: true },
			{ label: 'Target', numeric: true },
			{ label: 'Latest', numeric: true },
			...(shipped ? [{ label: 'Since it shipped' }] : []),
		],
		rows,
	};
}
