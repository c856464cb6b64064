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

/** A metric value in its unit: "72%", "+21", "8.4 min", and minutes past the hour as "1 h 30 min". */
export function formatMeasure(value: number, metric: Unit): string {
	if (metric.unit === 'minutes' && Math.abs(value) >= 60) return `${value < 0 ? '-' : ''}${formatDuration(Math.abs(value))}`;
	if (metric.unit === 'days' && Math.abs(value) === 1) return `${value} day`;
	return formatMetricValue(value, metric);
}

/** A change between two values with its sign: "+9", "-2 days", "+1.5 points" for a percentage, "no change". */
export function formatChange(delta: number, metric: Unit): string {
	if (delta === 0) return 'no change';
	const sign = delta > 0 ? '+' : '-';
	const magnitude = Math.abs(delta);
	// A score already carries its sign, and a change in a percentage is in percentage points, not per cent.
	if (metric.unit === 'score') return `${sign}${formatMetricValue(magnitude, { unit: 'count' })}`;
	if (metric.unit === 'percent') return `${sign}${formatMetricValue(magnitude, { unit: 'count' })} ${magnitude === 1 ? 'point' : 'points'}`;
	return `${sign}${formatMeasure(magnitude, metric)}`;
}

/** Words of an id or enum value for reading: "in-design" is "in design", "ga" stays as given. */
export const formatWords = (value: string): string => value.replace(/-/g, ' ');

/** The first letter in upper case: "delivery" is "Delivery". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
