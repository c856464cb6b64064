import { METRIC_CATEGORIES } from '../../schemas/metric-definition.ts';
import { capitalise } from '../format.ts';
import { metricSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { metricSparkline } from './metric-chart.ts';
import type { Stat, Staleness } from './parts.ts';
import { stalenessOf } from './staleness.ts';
import { statOf } from './stat.ts';

/** Everything the metrics dashboard shows: each category's metrics as stats with their as-of dates and sparklines. */
export interface MetricDashboardView {
	type: string;
	/** The warning when any metric's latest value is older than its cadence. */
	stale?: Staleness;
	categories: { id: string; label: string; stats: Stat[] }[];
}

/** A metric's stat card with its sparkline, for the dashboard and the home page. */
export function statCard(content: SiteContent, id: string): Stat {
	const definition = content.metrics.get(id)!;
	const series = metricSeries(
		id,
		content.snapshotList.map((data) => ({ data })),
	);
	const spark = metricSparkline(definition, series);
	return { ...statOf(lookup(content).metricLink(id), definition, series), ...(spark ? { spark } : {}) };
}

export function metricIndexView(content: SiteContent): MetricDashboardView {
	const metrics = [...content.metrics];
	return {
		type: 'Metrics dashboard',
		stale: stalenessOf(content, [...content.metrics.keys()]),
		categories: METRIC_CATEGORIES.filter((category) => metrics.some(([, metric]) => metric.category === category)).map((category) => ({
			id: `c-${category}`,
			label: capitalise(category),
			stats: metrics.filter(([, metric]) => metric.category === category).map(([id]) => statCard(content, id)),
		})),
	};
}
