/** Scales and ticks for Trailmap's charts: plain arithmetic, so every position can be checked by hand. */

/** Maps [d0, d1] linearly onto [r0, r1]; an empty domain maps to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
	if (d1 === d0) return () => (r0 + r1) / 2;
	return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, the smallest that splits `span` into at most `count` parts. */
function niceStep(span: number, count: number): number {
	const raw = span / Math.max(1, count);
	const power = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? 10 * power;
}

/** Rounds away floating-point noise, so 0.1 + 0.2 is 0.3 and a tick prints as written. */
const tidy = (value: number) => Number.parseFloat(value.toPrecision(12));

/**
 * Round tick values covering [min, max] with at most `count` intervals; the first tick is at or below
 * min and the last at or above max, so the ticks are also the chart's domain.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
	if (min === max) {
		const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
		return niceTicks(min - pad, max + pad, count);
	}
	const step = niceStep(max - min, count);
	const first = Math.floor(tidy(min / step)) * step;
	const last = Math.ceil(tidy(max / step)) * step;
	const ticks: number[] = [];
	for (let index = 0; tidy(first + index * step) <= tidy(last); index += 1) ticks.push(tidy(first + index * step));
	return ticks;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, in UTC: the chart's x coordinate. */
export function dayNumber(date: string): number {
	const [year, month, day] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day) / 86_400_000;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A tick on the date axis: its day, its label, and the year under it where the year changes. */
export interface DateTick {
	day: number;
	label: string;
	year?: string;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Calendar ticks between two days, at most `max` of them: the first of every 1, 2, 3, 6, 12 or 24
 * months, or for spans under two months every 1, 2, 7 or 14 days. The year is given at the first
 * tick and wherever it changes.
 */
export function dateTicks(firstDay: number, lastDay: number, max = 6): DateTick[] {
	const withYears = (ticks: { day: number; label: string }[], yearly: boolean): DateTick[] => {
		let shown = '';
		return ticks.map(({ day, label }) => {
			const year = isoDay(day).slice(0, 4);
			if (yearly || year === shown) return { day, label };
			shown = year;
			return { day, label, year };
		});
	};
	if (lastDay - firstDay < 60) {
		for (const step of [1, 2, 7, 14, 28]) {
			const days: number[] = [];
			for (let day = Math.ceil(firstDay / step) * step; day <= lastDay; day += step) days.push(day);
			if (days.length <= max || step === 28) {
				return withYears(
					days.map((day) => ({ day, label: `${MONTHS[Number(isoDay(day).slice(5, 7)) - 1]} ${Number(isoDay(day).slice(8, 10))}` })),
					false,
				);
			}
		}
	}
	const first = new Date(firstDay * 86_400_000);
	const last = new Date(lastDay * 86_400_000);
	const firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
	const lastMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
	const steps = [1, 2, 3, 6, 12, 24, 60, 120];
	const step = steps.find((candidate) => Math.floor(lastMonth / candidate) - Math.ceil(firstMonth / candidate) + 1 <= max) ?? 120;
	const ticks: { day: number; label: string }[] = [];
	for (let month = Math.ceil(firstMonth / step) * step; month <= lastMonth; month += step) {
		const year = Math.floor(month / 12);
		ticks.push({ day: Date.UTC(year, month % 12, 1) / 86_400_000, label: step >= 12 ? String(year) : MONTHS[month % 12] });
	}
	return withYears(ticks, step >= 12);
}
