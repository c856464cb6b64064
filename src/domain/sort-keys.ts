/** Compares two cells' sort keys as a reader expects: numbers by value, before any text; text by locale, ignoring case. */
export function compareSortKeys(a: string, b: string): number {
	const [x, y] = [a.trim(), b.trim()];
	const [nx, ny] = [x === '' ? NaN : Number(x), y === '' ? NaN : Number(y)];
	if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
	if (!Number.isNaN(nx)) return -1;
	if (!Number.isNaN(ny)) return 1;
	return x.localeCompare(y, 'en', { sensitivity: 'base', numeric: true });
}
