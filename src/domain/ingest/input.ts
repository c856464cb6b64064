import { splitCsvLine } from '../../lib/csv-line.ts';
import { suggestValue } from '../nearest.ts';
import type { Problem } from '../problem.ts';

/** Where a row of an input file is: the file as problems show it and its line (1-based). */
export interface RowPlace {
	file: string;
	line: number;
}

/** One field of an input row as written, and the column (1-based) it starts at. */
export interface Field {
	text: string;
	column: number;
}

/** A problem in one field of an input row. */
export const fieldProblem = (at: RowPlace, name: string, field: Field, message: string, hint: string): Problem => ({
	file: at.file,
	line: at.line,
	column: field.column,
	field: name,
	value: field.text,
	message,
	hint,
});

/** The columns of a CSV input, by name, as its header line names them. */
export interface CsvHeader {
	names: string[];
	index: ReadonlyMap<string, number>;
}

/**
 * Reads a CSV header line: every name in `required` must be there, each name at most once. Other
 * names are refused when `others` is "refuse" and skipped when "ignore" (survey exports carry many).
 */
export function readCsvHeader(
	text: string,
	at: RowPlace,
	columns: { required: readonly string[]; optional: readonly string[]; others: 'refuse' | 'ignore' },
): { header: CsvHeader } | { problem: Problem } {
	const { cells, error } = splitCsvLine(text.startsWith('\uFEFF') ? text.slice(1) : text);
	const names = cells.map((cell) => cell.value.trim());
	const known = [...columns.required, ...columns.optional];
	const missing = columns.required.filter((name) => !names.includes(name));
	const unknown = columns.others === 'refuse' ? names.filter((name) => !known.includes(name)) : [];
	const repeated = names.filter((name, i) => names.indexOf(name) !== i);
	if (error || missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
		const why = error
			? error.message
			: missing.length > 0
				? `the header has no ${missing.join(', ')} column`
				: unknown.length > 0
					? `the header names ${unknown.map((name) => `"${name}"`).join(', ')}, which this kind of input does not have`
					: `the header names ${repeated[0]} twice`;
		const optional = columns.optional.length > 0 ? `, and optionally ${columns.optional.join(', ')}` : '';
		return {
			problem: {
				file: at.file,
				line: at.line,
				column: 1,
				field: '',
				value: text,
				message: why,
				hint: `the first line names the columns: ${columns.required.join(', ')}${optional}, in any order`,
			},
		};
	}
	return { header: { names, index: new Map(names.map((name, i) => [name, i])) } };
}

/** The fields of one CSV row by column name; a column the row leaves out reads as empty. */
export function readCsvRow(header: CsvHeader, text: string, at: RowPlace): { field: (name: string) => Field } | { problem: Problem } {
	const { cells, error } = splitCsvLine(text);
	if (error) return { problem: { ...at, column: error.column, field: '', value: text, message: error.message, hint: error.hint } };
	if (cells.length > header.names.length) {
		const extra = cells[header.names.length];
		return {
			problem: {
				...at,
				column: extra.column,
				field: '',
				value: extra.value,
				message: `this row has ${cells.length} cells, but the header names ${header.names.length} columns`,
				hint: 'remove the extra cells, or put quotes around a value that contains a comma',
			},
		};
	}
	return {
		field: (name) => {
			const cell = cells[header.index.get(name) ?? cells.length];
			return cell ? { text: cell.value.trim(), column: cell.column } : { text: '', column: text.length + 1 };
		},
	};
}

/**
 * The team a row names, checked against the teams in teams.yaml: undefined when the field is empty
 * (the row then counts only towards the organisation-wide value), a problem when no team has that id.
 */
export function readTeam(field: Field, at: RowPlace, teams: ReadonlySet<string>, name = 'team'): { team?: string } | { problem: Problem } {
	if (field.text === '') return {};
	if (teams.has(field.text)) return { team: field.text };
	return {
		problem: fieldProblem(
			at,
			name,
			field,
			`no team in teams.yaml has the id "${field.text}"`,
			suggestValue(field.text, [...teams], 'team', 'teams.yaml'),
		),
	};
}

/** True when a line holds nothing to read. */
export const isBlank = (text: string): boolean => text.trim() === '';
