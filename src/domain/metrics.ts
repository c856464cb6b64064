import { METRIC_CATEGORIES, type MetricDefinition } from '../schemas/metric-definition.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';

/** One measured value with its as-of date and, for surveys, its sample size. */
export interface MetricPoint {
	date: string;
	value: number;
	samples?: number;
}

/** A metric's organisation-wide values over time, oldest first; snapshots without it are skipped. */
export function metricSeries(metric: string, snapshots: readonly { data: MetricSnapshot }[]): MetricPoint[] {
	return snapshots
		.filter(({ data }) => metric in data.values)
		.map(({ data }) => ({ date: data.date, value: data.values[metric], samples: data.samples[metric] }))
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** A team's values of a metric over time, oldest first. */
export function teamSeries(metric: string, team: string, snapshots: readonly { data: MetricSnapshot }[]): MetricPoint[] {
	return snapshots
		.filter(({ data }) => data.teams[team] && metric in data.teams[team])
		.map(({ data }) => ({ date: data.date, value: data.teams[team][metric] }))
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** Change between the last two points, and whether it went the metric's better way. */
export function latestChange(
	series: readonly MetricPoint[],
	direction: MetricDefinition['direction'],
): { delta: number; improved: boolean } | undefined {
	if (series.length < 2) return undefined;
	const delta = series[series.length - 1].value - series[series.length - 2].value;
	return { delta, improved: direction === 'up' ? delta > 0 : delta < 0 };
}

/** The benchmark level a value falls in: min inclusive, max exclusive; undefined without bands or a match. */
export function bandFor(value: number, bands: MetricDefinition['bands']): string | undefined {
	return bands?.levels.find((level) => (level.min === undefined || value >= level.min) && (level.max === undefined || value < level.max))
		?.label;
}

const UNIT_SUFFIX: Record<MetricDefinition['unit'], string> = {
	percent: '%',
	count: '',
	score: '',
	minutes: ' min',
	hours: ' h',
	days: ' days',
	'per-day': ' per day',
	'per-week': ' per week',
	currency: '',
};

/** Formats a value in its metric's unit: "72%", "4.2 per day", "EUR 1,240". */
export function formatMetricValue(value: number, metric: Pick<MetricDefinition, 'unit' | 'currency'>): string {
	if (metric.unit === 'currency') {
		return new Intl.NumberFormat('en', { style: 'currency', currency: metric.currency ?? 'EUR', maximumFractionDigits: 0 }).format(value);
	}
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	const number = new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);
	return `${metric.unit === 'score' && value > 0 ? '+' : ''}${number}${UNIT_SUFFIX[metric.unit]}`;
}

/** One metric per category, in category order (adoption, experience, delivery...): a headline set for the home page. */
export function headlineMetrics<T extends { data: Pick<MetricDefinition, 'category'> }>(metrics: readonly T[], count = 4): T[] {
	return METRIC_CATEGORIES.map((category) => metrics.find((metric) => metric.data.category === category))
		.filter((metric): metric is T => metric !== undefined)
		.slice(0, count);
}
