/** A calendar quarter as numbers: year and quarter 1-4. */
export interface QuarterParts {
	year: number;
	quarter: 1 | 2 | 3 | 4;
}

/** The parts of a quarter written YYYY-Qn. */
export function parseQuarter(quarter: string): QuarterParts {
	const [year, q] = quarter.split('-Q').map(Number);
	return { year, quarter: q as QuarterParts['quarter'] };
}

/** A quarter written YYYY-Qn from its parts. */
export const formatQuarter = ({ year, quarter }: QuarterParts): string => `${year}-Q${quarter}`;

/** Quarters since year 0, so quarters can be subtracted and compared as numbers. */
const ordinal = (quarter: string): number => {
	const parts = parseQuarter(quarter);
	return parts.year * 4 + parts.quarter - 1;
};

const fromOrdinal = (value: number): string => formatQuarter({ year: Math.floor(value / 4), quarter: ((value % 4) + 1) as 1 | 2 | 3 | 4 });

/** Negative when `a` comes before `b`, zero when equal: a comparator for sorting quarters. */
export const compareQuarters = (a: string, b: string): number => ordinal(a) - ordinal(b);

/** The quarter `count` quarters after `quarter` (before it when negative): addQuarters("2026-Q4", 1) is "2027-Q1". */
export const addQuarters = (quarter: string, count: number): string => fromOrdinal(ordinal(quarter) + count);

/** How many quarters `to` lies after `from`: 1 from 2026-Q4 to 2027-Q1. */
export const quartersBetween = (from: string, to: string): number => ordinal(to) - ordinal(from);

/** The calendar quarter of a YYYY-MM-DD date, written YYYY-Qn. */
export function quarterOf(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The first day of a quarter, YYYY-MM-DD. */
export function quarterStart(quarter: string): string {
	const { year, quarter: q } = parseQuarter(quarter);
	return `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of a quarter, YYYY-MM-DD. */
export function quarterEnd(quarter: string): string {
	const { year, quarter: q } = parseQuarter(quarter);
	return ['', `${year}-03-31`, `${year}-06-30`, `${year}-09-30`, `${year}-12-31`][q];
}

/** A quarter as people say it: "Q1 2027". */
export function quarterLabel(quarter: string): string {
	const [year, q] = quarter.split('-');
	return `${q} ${year}`;
}

/** The half-year a quarter falls in, as people say it: "H1 2027". */
export function halfLabel(quarter: string): string {
	const { year, quarter: q } = parseQuarter(quarter);
	return `H${q <= 2 ? 1 : 2} ${year}`;
}

/** The quarters of the half-year or year a quarter falls in, first and last. */
export function quarterSpan(quarter: string, precision: 'quarter' | 'half' | 'year'): { first: string; last: string } {
	const { year, quarter: q } = parseQuarter(quarter);
	if (precision === 'quarter') return { first: quarter, last: quarter };
	if (precision === 'year') return { first: `${year}-Q1`, last: `${year}-Q4` };
	return q <= 2 ? { first: `${year}-Q1`, last: `${year}-Q2` } : { first: `${year}-Q3`, last: `${year}-Q4` };
}

/** Groups items by the quarter of a date, newest quarter first, items newest first within it. */
export function groupByQuarter<T>(items: readonly T[], dateOf: (item: T) => string): { quarter: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	const sorted = [...items].sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
	for (const item of sorted) {
		const quarter = quarterOf(dateOf(item));
		groups.set(quarter, [...(groups.get(quarter) ?? []), item]);
	}
	return [...groups].map(([quarter, grouped]) => ({ quarter, items: grouped }));
}
