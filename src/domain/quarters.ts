/** The calendar quarter of a YYYY-MM-DD date, written YYYY-Qn. */
export function quarterOf(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A quarter as people say it: "Q1 2027". */
export function quarterLabel(quarter: string): string {
	const [year, q] = quarter.split('-');
	return `${q} ${year}`;
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
