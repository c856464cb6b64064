import { describe, expect, it } from 'vitest';
import { readCsvHeader } from '../../src/domain/ingest/input.ts';
import { LONG_CSV_COLUMNS, type LongRow, longRowsByDate, readLongRow } from '../../src/domain/ingest/long-csv.ts';
import type { Problem } from '../../src/domain/problem.ts';

const KNOWN = { metrics: new Set(['developer-nps', 'change-lead-time']), teams: new Set(['checkout']) };

function readLong(text: string): { rows: LongRow[]; problems: Problem[] } {
	const [headerLine, ...lines] = text.trim().split('\n');
	const read = readCsvHeader(headerLine, { file: 'values.csv', line: 1 }, LONG_CSV_COLUMNS);
	if ('problem' in read) return { rows: [], problems: [read.problem] };
	const rows: LongRow[] = [];
	const problems: Problem[] = [];
	lines.forEach((line, i) => {
		const result = readLongRow(read.header, line, { file: 'values.csv', line: i + 2 }, KNOWN);
		if ('row' in result) rows.push(result.row);
		else problems.push(...result.problems);
	});
	return { rows, problems };
}

describe('long-format CSV ingest', () => {
	it('passes values, team values and sample sizes through to the snapshot of each row’s date', () => {
		const { rows, problems } = readLong(`date,metric,value,team,samples
2026-03-31,developer-nps,21,,226
2026-03-31,change-lead-time,30.5,checkout,
2026-03-31,developer-nps,12,checkout,40
2026-04-30,change-lead-time,28,,
`);
		expect(problems).toEqual([]);
		const { byDate, problems: repeats } = longRowsByDate(rows);
		expect(repeats).toEqual([]);
		expect(Object.fromEntries(byDate)).toEqual({
			'2026-03-31': [
				{ path: ['values', 'developer-nps'], value: 21 },
				{ path: ['samples', 'developer-nps'], value: 226 },
				{ path: ['teams', 'checkout', 'change-lead-time'], value: 30.5 },
				{ path: ['teams', 'checkout', 'developer-nps'], value: 12 },
				{ path: ['teamSamples', 'checkout', 'developer-nps'], value: 40 },
			],
			'2026-04-30': [{ path: ['values', 'change-lead-time'], value: 28 }],
		});
	});

	it('takes n for samples, as snapshot CSV files name it', () => {
		const { rows } = readLong('date,metric,value,n\n2026-03-31,developer-nps,21,226\n');
		expect(rows[0].entries).toContainEqual({ path: ['samples', 'developer-nps'], value: 226 });
	});

	it('reports every bad cell of a row, and a row that repeats another', () => {
		const { rows, problems } = readLong(`date,metric,value,team,samples
2026-02-30,developer-nsp,lots,chekout,-1
2026-03-31,developer-nps,21,,
2026-03-31,developer-nps,22,,
`);
		expect(problems.map(({ line, column, field, value, hint }) => ({ line, column, field, value, hint }))).toEqual([
			{ line: 2, column: 1, field: 'date', value: '2026-02-30', hint: 'write it YYYY-MM-DD, such as 2026-03-31' },
			{ line: 2, column: 12, field: 'metric', value: 'developer-nsp', hint: 'did you mean "developer-nps"?' },
			{ line: 2, column: 31, field: 'team', value: 'chekout', hint: 'did you mean "checkout"?' },
			{ line: 2, column: 26, field: 'value', value: 'lots', hint: expect.stringContaining('plain number') },
			{ line: 2, column: 39, field: 'samples', value: '-1', hint: expect.stringContaining('leave it blank') },
		]);
		const { problems: repeats } = longRowsByDate(rows);
		expect(repeats).toEqual([
			expect.objectContaining({ line: 4, column: 12, field: 'metric', message: expect.stringContaining('values.csv:3') }),
		]);
	});

	it('refuses a header with an unknown column', () => {
		expect(readLong('date,metric,value,region\n').problems[0].message).toContain('"region"');
	});
});
