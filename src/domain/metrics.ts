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

/** Whether a change went the metric's better way, its worse way, or nowhere. */
export type Trend = 'better' | 'worse' | 'same';

/** The trend of a change of `delta` for a metric where `direction` is better. */
export const trendOf = (delta: number, direction: MetricDefinition['direction']): Trend =>
	delta === 0 ? 'same' : (direction === 'up') === delta > 0 ? 'better' : 'worse';

/** How a metric moved between two of its points. */
export interface Movement {
	from: MetricPoint;
	to: MetricPoint;
	delta: number;
	trend: Trend;
}

const movement = (from: MetricPoint, to: MetricPoint, direction: MetricDefinition['direction']): Movement => ({
	from,
	to,
	delta: to.value - from.value,
	trend: trendOf(to.value - from.value, direction),
});

/** Change between the last two points, and whether it went the metric's better way. */
export function latestChange(series: readonly MetricPoint[], direction: MetricDefinition['direction']): Movement | undefined {
	if (series.length < 2) return undefined;
	return movement(series[series.length - 2], series[series.length - 1], direction);
}

/**
 * How a metric moved since `date` (a roadmap item's ship date, say): from its value as of that day,
 * the latest point on or before it, to its latest point after it. Undefined when nothing was measured
 * by `date`; `to` is undefined when nothing was measured after it yet.
 */
export function movementSince(
	series: readonly MetricPoint[],
	date: string,
	direction: MetricDefinition['direction'],
): { from: MetricPoint; to?: Movement } | undefined {
	const from = series.filter((point) => point.date <= date).at(-1);
	if (!from) return undefined;
	const latest = series.at(-1)!;
	return latest.date > date ? { from, to: movement(from, latest, direction) } : { from };
}

/** Whether `value` meets `target` for a metric where `direction` is better: at or above it, or at or below it. */
export const meetsTarget = (value: number, target: number, direction: MetricDefinition['direction']): boolean =>
	direction === 'up' ? value >= target : value <= target;

/** How often snapshots are due, in days: a value older than this may be out of date. */
export const CADENCE_DAYS = { weekly: 7, fortnightly: 14, monthly: 31, quarterly: 92 } as const;

export type Cadence = keyof typeof CADENCE_DAYS;

/** Whole days from one YYYY-MM-DD date to a later one. */
export const daysBetween = (from: string, to: string): number =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** How many days old a value measured on `date` is on `today`, when that is more than one `cadence`; undefined while it is fresh. */
export function overdueBy(date: string, today: string, cadence: Cadence): number | undefined {
	const age = daysBetween(date, today);
	return age > CADENCE_DAYS[cadence] ? age : undefined;
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
