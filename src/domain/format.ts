import type { MetricDefinition } from '../schemas/metric-definition.ts';
import { formatMetricValue } from './metrics.ts';

/** One formatter per kind of value, so every page writes durations, names, counts and measures alike. */

const decimal = (value: number, digits = 1) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

/** A duration for reading: "45 min", "2 h 30 min", "8 h", "2 days", "1.5 days". */
export function formatDuration(minutes: number): string {
	if (minutes < 60) return `${decimal(minutes)} min`;
	const whole = Math.round(minutes);
	if (whole < 24 * 60) {
		const hours = Math.floor(whole / 60);
		const rest = whole % 60;
		return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
	}
	const days = Math.round((whole / (24 * 60)) * 2) / 2;
	return `${decimal(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** Names joined for reading; when a name contains a comma the list is separated by semicolons, so it stays unambiguous. */
export function formatNameList(names: readonly string[]): string {
	return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
}

/** A count with its noun: "1 guide", "3 guides", "no guides". */
export function formatCount(count: number, noun: string, plural = `${noun}s`): string {
	if (count === 0) return `no ${plural}`;
	return `${new Intl.NumberFormat('en').format(count)} ${count === 1 ? noun : plural}`;
}

/** A head count as people say it: "about 120 people". */
export const formatPeople = (count: number): string => `about ${formatCount(count, 'person', 'people')}`;

type Unit = Pick<MetricDefinition, 'unit' | 'currency'>;

/** Minutes in one of each duration unit a metric can have. */
const MINUTES_IN = { minutes: 1, hours: 60, days: 24 * 60 } as const;
export type DurationUnit = keyof typeof MINUTES_IN;
const DURATION_UNITS: readonly DurationUnit[] = ['minutes', 'hours', 'days'];
const SINGULAR: Record<DurationUnit, string> = { minutes: 'minute', hours: 'hour', days: 'day' };

/**
 * The unit a duration reads best in: the metric's own unit, unless the value is under one of it (0.5
 * days reads "12 hours") or at least two of the next unit up (480 minutes reads "8 hours", 168 hours "7 days").
 */
export function durationUnitFor(value: number, unit: DurationUnit): DurationUnit {
	const minutes = Math.abs(value) * MINUTES_IN[unit];
	let index = DURATION_UNITS.indexOf(unit);
	while (index > 0 && minutes < MINUTES_IN[DURATION_UNITS[index]]) index -= 1;
	while (index < DURATION_UNITS.length - 1 && minutes >= 2 * MINUTES_IN[DURATION_UNITS[index + 1]]) index += 1;
	return DURATION_UNITS[index];
}

/** A duration in words, in the unit it reads best in or in `shown` (one unit for a whole axis): "1 day", never "1 days". */
export function formatMetricDuration(value: number, unit: DurationUnit, shown = durationUnitFor(value, unit)): string {
	const amount = (Math.abs(value) * MINUTES_IN[unit]) / MINUTES_IN[shown];
	const number = decimal(amount, amount >= 100 ? 0 : 1);
	return `${value < 0 ? '-' : ''}${number} ${number === '1' ? SINGULAR[shown] : shown}`;
}

/** Whether a metric's unit is a duration, so it is written in words that may change unit. */
export const isDurationUnit = (unit: MetricDefinition['unit']): unit is DurationUnit =>
	(DURATION_UNITS as readonly string[]).includes(unit);

/**
 * One unit for the values of a chart's axis, so its ticks are round in the unit they are read in: a
 * duration in the unit that suits the largest of `values` (hours of lead time as days), `factor`
 * converting a value into it; any other unit as it is.
 */
export function axisUnit(values: readonly number[], metric: Unit): { factor: number; format: (value: number) => string } {
	const { unit } = metric;
	if (!isDurationUnit(unit)) return { factor: 1, format: (value) => formatMetricValue(value, metric) };
	const shown = durationUnitFor(Math.max(...values.map(Math.abs)), unit);
	return { factor: MINUTES_IN[unit] / MINUTES_IN[shown], format: (value) => formatMetricDuration(value, shown, shown) };
}

/** A metric value in its unit: "72%", "+21", "8.4 minutes", "33 hours", "1 day". */
export function formatMeasure(value: number, metric: Unit): string {
	if (isDurationUnit(metric.unit)) return formatMetricDuration(value, metric.unit);
	return formatMetricValue(value, metric);
}

/** The size of a difference between two values, without a sign: "9", "5 percentage points", "2 days". */
export function formatDifference(magnitude: number, metric: Unit): string {
	const size = Math.abs(magnitude);
	// A score's own format carries a sign; a difference of percentages is in percentage points, not per cent.
	if (metric.unit === 'score') return formatMetricValue(size, { unit: 'count' });
	if (metric.unit === 'percent')
		return `${formatMetricValue(size, { unit: 'count' })} ${size === 1 ? 'percentage point' : 'percentage points'}`;
	return formatMeasure(size, metric);
}

/** A change between two values with one sign: "+9", "-2 days", "+5 percentage points", "no change". */
export function formatChange(delta: number, metric: Unit): string {
	if (delta === 0) return 'no change';
	return `${delta > 0 ? '+' : '-'}${formatDifference(delta, metric)}`;
}

/** Words of an id or enum value for reading: "in-design" is "in design", "ga" stays as given. */
export const formatWords = (value: string): string => value.replace(/-/g, ' ');

/** The first letter in upper case: "delivery" is "Delivery". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
