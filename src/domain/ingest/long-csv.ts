/**
 * Metric values in the long CSV format, one value per row (date,metric,value[,team][,samples]),
 * passed through to the snapshot of each row's date once every row is valid.
 */
import { isRealDate } from '../../schemas/common.ts';
import { suggestValue } from '../nearest.ts';
import type { Problem } from '../problem.ts';
import { type CsvHeader, type RowPlace, fieldProblem, readCsvRow, readTeam } from './input.ts';
import type { PatchEntry } from './snapshot-patch.ts';

/** The columns of a long-format CSV; `n` is accepted for `samples`, as snapshot CSV files call it. */
export const LONG_CSV_COLUMNS = { required: ['date', 'metric', 'value'], optional: ['team', 'samples', 'n'], others: 'refuse' } as const;

/** One row: the snapshot day it belongs to and what it writes there. */
export interface LongRow {
	date: string;
	entries: PatchEntry[];
	/** The row's metric and team, to find a row that repeats another. */
	key: string;
	at: RowPlace & { column: number };
}

/** Reads one row of a long-format CSV, checking its date, metric, team, value and sample size; every problem of the row at once. */
export function readLongRow(
	header: CsvHeader,
	text: string,
	at: RowPlace,
	known: { metrics: ReadonlySet<string>; teams: ReadonlySet<string> },
): { row: LongRow } | { problems: Problem[] } {
	const row = readCsvRow(header, text, at);
	if ('problem' in row) return { problems: [row.problem] };
	const problems: Problem[] = [];
	const date = row.field('date');
	if (!isRealDate(date.text))
		problems.push(fieldProblem(at, 'date', date, 'expected a real date', 'write it YYYY-MM-DD, such as 2026-03-31'));
	const metric = row.field('metric');
	if (!known.metrics.has(metric.text)) {
		problems.push(
			fieldProblem(
				at,
				'metric',
				metric,
				`no metric has the id "${metric.text}"`,
				suggestValue(metric.text, [...known.metrics], 'metric', 'metrics/definitions.yaml'),
			),
		);
	}
	const team = readTeam(row.field('team'), at, known.teams);
	if ('problem' in team) problems.push(team.problem);
	const value = row.field('value');
	const number = Number(value.text);
	if (value.text === '' || !Number.isFinite(number)) {
		problems.push(fieldProblem(at, 'value', value, 'expected a number', 'write the measured value as a plain number, such as 42.5'));
	}
	const samplesField = header.index.has('samples') ? row.field('samples') : row.field('n');
	const samples = Number(samplesField.text);
	if (samplesField.text !== '' && !(Number.isInteger(samples) && samples >= 0)) {
		problems.push(
			fieldProblem(
				at,
				header.index.has('samples') ? 'samples' : 'n',
				samplesField,
				'expected a whole number of 0 or more',
				'write how many responses, deployments or components the value comes from, or leave it blank',
			),
		);
	}
	if (problems.length > 0 || 'problem' in team) return { problems };
	const entries: PatchEntry[] =
		team.team === undefined
			? [
					{ path: ['values', metric.text], value: number },
					...(samplesField.text === '' ? [] : [{ path: ['samples', metric.text] as const, value: samples }]),
				]
			: [
					{ path: ['teams', team.team, metric.text], value: number },
					...(samplesField.text === '' ? [] : [{ path: ['teamSamples', team.team, metric.text] as const, value: samples }]),
				];
	return {
		row: {
			date: date.text,
			entries,
			key: `${date.text}\u0000${team.team ?? ''}\u0000${metric.text}`,
			at: { ...at, column: metric.column },
		},
	};
}

/** The rows grouped by snapshot day; a row repeating another's date, metric and team is a problem. */
export function longRowsByDate(rows: readonly LongRow[]): { byDate: Map<string, PatchEntry[]>; problems: Problem[] } {
	const first = new Map<string, LongRow>();
	const byDate = new Map<string, PatchEntry[]>();
	const problems: Problem[] = [];
	for (const row of rows) {
		const earlier = first.get(row.key);
		if (earlier) {
			problems.push({
				...row.at,
				field: 'metric',
				value: row.key.split('\u0000')[2],
				message: `this date, metric and team already have a value, at ${earlier.at.file}:${earlier.at.line}`,
				hint: 'keep one row per date, metric and team',
			});
			continue;
		}
		first.set(row.key, row);
		const entries = byDate.get(row.date);
		if (entries) entries.push(...row.entries);
		else byDate.set(row.date, [...row.entries]);
	}
	return { byDate, problems };
}
