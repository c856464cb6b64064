import { isRealDate } from '../../schemas/common.ts';

/** Year, month and day of a date found in text. */
type Parts = [year: number, month: number, day: number];

/** dd/mm/yyyy, unless the second number cannot be a month: 03/25/2020 is month first. */
const dayFirst = (a: number, b: number, year: number): Parts => (b > 12 && a <= 12 ? [year, a, b] : [year, b, a]);

/** Date forms found in records, each with how to read its match. */
const FORMS: { pattern: RegExp; read: (match: RegExpExecArray) => Parts }[] = [
	{ pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
	{ pattern: /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/, read: (m) => dayFirst(Number(m[1]), Number(m[2]), Number(m[3])) },
];

/**
 * The first date written in a value, as YYYY-MM-DD: ISO (2019-05-13, also with a time), yyyy/mm/dd,
 * dd/mm/yyyy or dd.mm.yyyy. "2019-05-13, updated 2023-02-05" is 2019-05-13. Undefined when the value
 * holds no real date.
 */
export function readDate(value: string): string | undefined {
	const found = FORMS.flatMap(({ pattern, read }) => {
		const match = pattern.exec(value);
		return match ? [{ index: match.index, parts: read(match) }] : [];
	}).sort((a, b) => a.index - b.index)[0];
	if (!found) return undefined;
	const [year, month, day] = found.parts;
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return isRealDate(date) ? date : undefined;
}
