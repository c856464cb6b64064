import { METRIC_CATEGORIES } from '../../schemas/metric-definition.ts';
import { capitalise } from '../format.ts';
import { metricSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Stat } from './parts.ts';
import { statOf } from './stat.ts';

/** Everything the metrics dashboard shows: each category's metrics as stats with their as-of dates. */
export interface MetricDashboardView {
	type: string;
	categories: { id: string; label: string; stats: Stat[] }[];
}

export function metricIndexView(content: SiteContent): MetricDashboardView {
	const to = lookup(content);
	const metrics = [...content.metrics];
	const snapshots = content.snapshotList.map((data) => ({ data }));
	return {
		type: 'Metrics dashboard',
		categories: METRIC_CATEGORIES.filter((category) => metrics.some(([, metric]) => metric.category === category)).map((category) => ({
			id: `c-${category}`,
			label: capitalise(category),
			stats: metrics
				.filter(([, metric]) => metric.category === category)
				.map(([id, metric]) => statOf(to.metricLink(id), metric, metricSeries(id, snapshots))),
		})),
	};
}
