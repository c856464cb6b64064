import { describe, expect, it } from 'vitest';
import { parseFrontmatterSource, parseSnapshotCsv, parseYamlSource } from '../../src/lib/source-file.ts';

describe('YAML sources', () => {
	const source = parseYamlSource('title: A\nlist:\n  - one\n  - two: 2\n', 'a.yaml');
	it('locates fields, list items and nested keys', () => {
		expect(source.locate(['title'])).toEqual({ line: 1, column: 8 });
		expect(source.locate(['list', 1, 'two'])).toEqual({ line: 4, column: 10 });
	});
	it('falls back to the nearest parent for a missing field', () => {
		expect(source.locate(['list', 5])).toEqual({ line: 3, column: 3 });
		expect(source.locate(['missing'])).toEqual({ line: 1, column: 1 });
	});
	it('keeps dates as strings, so a schema can check they are real', () => {
		expect(parseYamlSource('date: 2026-02-30\n', 'a.yaml').data).toEqual({ date: '2026-02-30' });
	});
	it('reports syntax errors and duplicate keys with their line', () => {
		const broken = parseYamlSource('a: 1\na: 2\nb: [\n', 'b.yaml');
		expect(broken.errors.map((error) => error.line)).toContain(2);
		expect(broken.data).toBeUndefined();
	});
});

describe('front matter', () => {
	it('shifts lines past the opening ---', () => {
		const source = parseFrontmatterSource('---\ntitle: A\nstatus: accepted\n---\n\nBody\n', 'd.mdx');
		expect(source.locate(['status'])).toEqual({ line: 3, column: 9 });
		expect(source.body).toBe('\nBody\n');
	});
	it('reports missing front matter', () => {
		expect(parseFrontmatterSource('# Title\n', 'd.mdx').errors[0].message).toBe('front matter is missing');
	});
});

describe('CSV snapshots', () => {
	const csv = 'date,metric,value,team,n\n2026-03-31,nps,20,,150\n2026-03-31,lead,"1,5",checkout,\n2026-04-01,lead,3,,\n';
	const source = parseSnapshotCsv(csv, 's.csv');
	it('builds the snapshot shape', () => {
		expect(source.data).toEqual({
			date: '2026-03-31',
			values: { nps: 20, lead: 3 },
			teams: { checkout: { lead: '1,5' } },
			samples: { nps: 150 },
		});
	});
	it('locates each value at its cell', () => {
		expect(source.locate(['values', 'nps'])).toEqual({ line: 2, column: 16 });
		expect(source.locate(['teams', 'checkout', 'lead'])).toEqual({ line: 3, column: 17 });
		expect(source.locate(['samples', 'nps'])).toEqual({ line: 2, column: 20 });
	});
	it('refuses rows of another date and unknown columns', () => {
		expect(source.errors).toMatchObject([{ line: 4, field: 'date', value: '2026-04-01' }]);
		expect(parseSnapshotCsv('when,metric,value\n', 's.csv').errors[0].message).toBe('the CSV header is not date,metric,value[,team][,n]');
	});
});
