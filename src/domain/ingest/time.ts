import { isRealDate } from '../../schemas/common.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** An ISO 8601 date and time with a UTC offset or Z: 2026-03-01T10:15Z, 2026-03-01T10:15:30.5+01:00. */
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * The instant an ISO 8601 time names, in milliseconds since the epoch; undefined when the text is
 * not one. A time without an offset is refused rather than read in the machine's time zone.
 */
export function parseIsoTime(text: string): number | undefined {
	const match = ISO_TIME.exec(text.trim());
	if (!match) return undefined;
	const [, date, hours, minutes, seconds = '00', fraction = '', zone] = match;
	if (!isRealDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
	const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
	const millis = fraction === '' ? '' : `.${fraction.padEnd(3, '0').slice(0, 3)}`;
	const time = Date.parse(`${date}T${hours}:${minutes}:${seconds}${millis}${offset}`);
	return Number.isNaN(time) ? undefined : time;
}

/** The UTC day of an instant, YYYY-MM-DD. */
export const utcDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Midnight UTC at the start of a YYYY-MM-DD day. */
export const dayStart = (day: string): number => Date.parse(`${day}T00:00:00Z`);

/** The day `days` after (or before, when negative) a YYYY-MM-DD day. */
export const addDays = (day: string, days: number): string => utcDay(dayStart(day) + days * DAY_MS);

/** Hours between two instants. */
export const hoursBetween = (from: number, to: number): number => (to - from) / HOUR_MS;

/** A measurement window of whole UTC days, both ends included. */
export interface Window {
	from: string;
	to: string;
}

/** Each window's first and past-the-end instants, worked out once: a window is asked about every event. */
const BOUNDS = new WeakMap<Window, { start: number; end: number }>();

/** True when an instant falls on a UTC day from `window.from` to `window.to`, both included. */
export function inWindow(time: number, window: Window): boolean {
	let bounds = BOUNDS.get(window);
	if (!bounds) {
		bounds = { start: dayStart(window.from), end: dayStart(addDays(window.to, 1)) };
		BOUNDS.set(window, bounds);
	}
	return time >= bounds.start && time < bounds.end;
}

/** Days in a window, both ends counted: 2026-03-01..2026-03-31 has 31. */
export const daysIn = (window: Window): number => Math.round((dayStart(window.to) - dayStart(window.from)) / DAY_MS) + 1;

/** Every UTC day of a window, in order. */
export const windowDays = (window: Window): string[] => Array.from({ length: daysIn(window) }, (_, i) => addDays(window.from, i));

/** The ISO 8601 week a UTC day belongs to, such as 2026-W09 (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
	const date = new Date(dayStart(day));
	const weekday = date.getUTCDay() || 7;
	// The Thursday of the same week decides the week's year and number.
	const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
	const year = thursday.getUTCFullYear();
	const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The median of a list of numbers; the mean of the two middle values for an even count; undefined for none. */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
