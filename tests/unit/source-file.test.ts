import yaml from 'js-yaml';
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

describe('a UTF-8 byte order mark', () => {
	it('is skipped by every parser, so positions and the front matter start at the first character', () => {
		const yaml = parseYamlSource('\uFEFFtitle: A\n', 'a.yaml');
		expect([yaml.data, yaml.locate(['title']), yaml.errors]).toEqual([{ title: 'A' }, { line: 1, column: 8 }, []]);
		const markdown = parseFrontmatterSource('\uFEFF---\ntitle: A\n---\nBody\n', 'a.md');
		expect([markdown.data, markdown.locate(['title']), markdown.body, markdown.bodyLine]).toEqual([
			{ title: 'A' },
			{ line: 2, column: 8 },
			'Body\n',
			4,
		]);
		const csv = parseSnapshotCsv('\uFEFFdate,metric,value\n2026-03-31,nps,20\n', 's.csv');
		expect([csv.data, csv.errors]).toEqual([{ date: '2026-03-31', values: { nps: 20 }, teams: {}, samples: {} }, []]);
	});
});

describe('YAML the build would refuse', () => {
	it('reports every tag outside the core schema at the tag, in YAML and in front matter', () => {
		const source = parseYamlSource('title: !secret hunter2\nlist: [!!python/object:os.system x, !!str ok]\nbin: !!binary aGk=\n', 'a.yaml');
		// The rest of the file is still read, so its schema problems can be reported beside these.
		expect(source.data).toEqual({ title: 'hunter2', list: ['x', 'ok'], bin: Buffer.from('hi') });
		expect(source.errors).toEqual([
			{
				file: 'a.yaml',
				line: 1,
				column: 8,
				field: '',
				value: '!secret',
				message: 'unknown YAML tag !secret',
				hint: 'write the value as plain text, without the tag',
			},
			expect.objectContaining({
				line: 2,
				column: 8,
				value: '!!python/object:os.system',
				message: 'unknown YAML tag !!python/object:os.system',
			}),
			expect.objectContaining({ line: 3, column: 6, value: '!!binary', message: 'unknown YAML tag !!binary' }),
		]);
		expect(parseFrontmatterSource('---\ntitle: A\nkey: !x!y z\n---\n', 'a.md').errors).toEqual([
			expect.objectContaining({ line: 3, column: 6, value: '!x!y', message: 'unknown YAML tag !x!y' }),
		]);
		expect(parseYamlSource('a: !!str 12\nb: !!int "3"\n', 'a.yaml')).toMatchObject({ data: { a: '12', b: 3 }, errors: [] });
	});

	it('reads aliases of earlier anchors, and refuses a missing anchor and an alias inside its own value', () => {
		expect(parseYamlSource('a: &x [1, 2]\nb: *x\n', 'a.yaml')).toMatchObject({ data: { a: [1, 2], b: [1, 2] }, errors: [] });
		expect(parseYamlSource('a: *later\nb: &later 1\nc: &c [1, *c]\n', 'a.yaml').errors).toEqual([
			{
				file: 'a.yaml',
				line: 1,
				column: 4,
				field: '',
				value: '*later',
				message: 'no anchor &later is set before this alias',
				hint: 'put &later on an earlier value, or write the value out here',
			},
			{
				file: 'a.yaml',
				line: 3,
				column: 11,
				field: '',
				value: '*c',
				message: 'this alias repeats a value it is part of, so it never ends',
				hint: 'write the value out',
			},
		]);
	});

	it('refuses a billion laughs at the alias that expands most, without expanding it', () => {
		const levels = 'abcdefgh'.split('').map((name, i) => {
			const items = i === 0 ? Array(9).fill('lol') : Array(9).fill(`*${'abcdefgh'[i - 1]}`);
			return `${name}: &${name} [${items.join(', ')}]`;
		});
		const text = [...levels, `i: [${Array(9).fill('*h').join(', ')}]`].join('\n');
		expect(parseYamlSource(text, 'bomb.yaml')).toMatchObject({
			data: undefined,
			errors: [
				{
					line: 9,
					column: 5,
					value: '*h',
					message: 'the YAML aliases of this file expand to too much data (more than 100 repeats)',
					hint: 'write the values out; aliases that repeat other aliases, as in a "billion laughs" attack, are refused',
				},
			],
		});
	});

	it('reports the first control character of each line', () => {
		expect(parseYamlSource('a: x\u0007y\nb: ok\nc: \u0001\u0002\nd: "\u007f"\n', 'a.yaml').errors).toEqual([
			{
				file: 'a.yaml',
				line: 1,
				column: 5,
				field: '',
				value: 'U+0007',
				message: 'this line contains the control character U+0007, which YAML does not allow',
				hint: 'delete it; such characters are invisible in most editors and usually come from a paste',
			},
			expect.objectContaining({ line: 3, column: 4, value: 'U+0001' }),
			expect.objectContaining({ line: 4, column: 5, value: 'U+007F' }),
		]);
		expect(parseYamlSource('a: "tab\there"\nb: \u0085 and \u00a0\n', 'a.yaml').errors).toEqual([]);
	});

	it('reports every syntax error, an unclosed bracket or quote where it opens', () => {
		const source = parseYamlSource('title: A\nlist: [1, 2\nname: B\nother: "x\nmore: y\n', 'a.yaml');
		expect(source.errors).toEqual([
			{
				file: 'a.yaml',
				line: 2,
				column: 7,
				field: '',
				message: 'this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
				hint: 'the bracket or quote that opens here is never closed; close it where the value ends',
			},
			{
				file: 'a.yaml',
				line: 4,
				column: 8,
				field: '',
				message: 'this is not valid YAML: Missing closing "quote',
				hint: 'the bracket or quote that opens here is never closed; close it where the value ends',
			},
		]);
	});

	it('reports YAML warnings, such as an unsupported version, and a second document', () => {
		expect(parseYamlSource('%YAML 2.0\n---\na: 1\n', 'a.yaml').errors).toEqual([
			{
				file: 'a.yaml',
				line: 1,
				column: 7,
				field: '',
				message: 'this is not valid YAML: Unsupported YAML version 2.0',
				hint: 'remove the line starting with %; content files need no YAML directives',
			},
		]);
		expect(parseYamlSource('a: 1\n---\nb: 2\n', 'a.yaml').errors).toEqual([
			expect.objectContaining({
				line: 2,
				column: 1,
				hint: 'keep one document per file: remove the --- line and what follows, or move it to its own file',
			}),
		]);
	});

	it('refuses keys js-yaml reads otherwise: 1 and "1" twice, merge keys, and keys that are lists or empty', () => {
		expect(parseYamlSource('1: x\n"1": y\n', 'a.yaml').errors).toEqual([
			{
				file: 'a.yaml',
				line: 2,
				column: 1,
				field: '',
				message: 'this is not valid YAML: Map keys must be unique',
				hint: 'each key may appear once',
			},
		]);
		expect(parseYamlSource('base: &b {minutes: 5}\n<<: *b\n? [a, b]\n: 1\n~: x\n', 'a.yaml').errors).toEqual([
			{
				file: 'a.yaml',
				line: 2,
				column: 1,
				field: '',
				value: '<<',
				message: 'YAML merge keys (<<) are not used in content',
				hint: 'write the fields out in full',
			},
			{
				file: 'a.yaml',
				line: 3,
				column: 3,
				field: '',
				message: 'a key must be plain text',
				hint: 'write a name before the colon; put it in quotes if it is the word null',
			},
			expect.objectContaining({ line: 5, column: 1, message: 'a key must be plain text' }),
		]);
		expect(parseYamlSource('a: 1\n"<<": 2\n', 'a.yaml')).toMatchObject({ data: { a: 1, '<<': 2 }, errors: [] });
	});

	it('keeps a __proto__ key as data, never as a prototype', () => {
		const { data } = parseYamlSource('__proto__: {polluted: true}\n', 'a.yaml');
		expect(Object.keys(data as object)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	// Astro reads YAML files and front matter with js-yaml; whatever it refuses, the check must refuse first.
	it.each([
		['an unknown local tag', 'a: !secret x\n'],
		['an unknown global tag', 'a: !!python/object:os.system x\n'],
		['an undeclared tag handle', 'a: !x!y z\n'],
		['a missing anchor', 'a: *nope\n'],
		['a control character', 'a: x\u0007\n'],
		['a control character in quotes', 'a: "x\u0001"\n'],
		['DEL', 'a: x\u007f\n'],
		['YAML 2.0', '%YAML 2.0\n---\na: 1\n'],
		['two documents', 'a: 1\n---\nb: 2\n'],
		['a duplicate key', 'a: 1\na: 2\n'],
		['a key written as a number and as text', '1: x\n"1": y\n'],
		['tab indentation', 'a:\n\t- 1\n'],
		['an unclosed flow sequence', 'a: [1\nb: 2\n'],
		['an unclosed quote', 'a: "x\n'],
	])('refuses what js-yaml refuses: %s', (_name, text) => {
		expect(() => yaml.load(text)).toThrow();
		expect(parseYamlSource(text, 'a.yaml').errors).not.toEqual([]);
	});
});

describe('CSV snapshot rows', () => {
	const parse = (rows: string) => parseSnapshotCsv(`date,metric,value,team\n${rows}`, 's.csv');

	it('reports a row with more cells than the header at the first extra cell, and keeps reading', () => {
		const source = parse('2026-03-31,nps,20,,5\n2026-03-31,lead,1.5,,,\n2026-03-31,mttr,3\n');
		expect(source.errors).toEqual([
			{
				file: 's.csv',
				line: 2,
				column: 20,
				field: '',
				value: '5',
				message: 'this row has 5 cells, but the header names 4 columns',
				hint: 'remove the extra cells, or put quotes around a value that contains a comma',
			},
			expect.objectContaining({ line: 3, column: 22, value: '', message: 'this row has 6 cells, but the header names 4 columns' }),
		]);
		expect(source.data).toEqual({ date: '2026-03-31', values: { mttr: 3 }, teams: {}, samples: {} });
	});

	it('reports a quote left open, and text after a closing quote, at their column', () => {
		expect(parse('2026-03-31,nps,"20\n2026-03-31,lead,"1"5\n2026-03-31,mttr, "3" ,\n').errors).toEqual([
			{
				file: 's.csv',
				line: 2,
				column: 16,
				field: '',
				value: '2026-03-31,nps,"20',
				message: 'this quote is not closed on its line',
				hint: 'end the value with a quote; a snapshot value never spans lines',
			},
			{
				file: 's.csv',
				line: 3,
				column: 20,
				field: '',
				value: '2026-03-31,lead,"1"5',
				message: 'there is text after the closing quote of this cell',
				hint: 'put the whole value inside the quotes, and write a quote inside it as ""',
			},
		]);
	});

	it('reports a metric given twice, per team, at the second row, naming the first', () => {
		const source = parse(
			'2026-03-31,nps,20,\n2026-03-31,lead,2,checkout\n2026-03-31,lead,3,\n2026-03-31,nps,21,\n2026-03-31,lead,4,checkout\n',
		);
		expect(source.errors).toEqual([
			{
				file: 's.csv',
				line: 5,
				column: 12,
				field: 'values.nps',
				value: 21,
				message: 'there is already a value for nps, on line 2',
				hint: 'keep one row per metric (and team) in a snapshot; a new measurement goes in a new file',
			},
			expect.objectContaining({
				line: 6,
				column: 12,
				field: 'teams.checkout.lead',
				value: 4,
				message: 'the team checkout already has a value for lead, on line 3',
			}),
		]);
		expect(source.data).toMatchObject({ values: { nps: 20, lead: 3 }, teams: { checkout: { lead: 2 } } });
	});

	it('reads NaN and Infinity as those numbers, so the schema can name them', () => {
		expect(parse('2026-03-31,a,NaN\n2026-03-31,b,Infinity\n2026-03-31,c,-inf\n2026-03-31,d,abc\n').data).toMatchObject({
			values: { a: NaN, b: Infinity, c: -Infinity, d: 'abc' },
		});
	});

	it('keeps a metric or team named __proto__ as data, never as a prototype', () => {
		const { data } = parse('2026-03-31,__proto__,1,\n2026-03-31,polluted,2,__proto__\n');
		expect(Object.keys((data as { values: object }).values)).toEqual(['__proto__']);
		expect(Object.keys((data as { teams: object }).teams)).toEqual(['__proto__']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a header that names a column twice', () => {
		expect(parseSnapshotCsv('date,metric,value,value\n', 's.csv').errors).toMatchObject([
			{ line: 1, column: 1, message: 'the CSV header is not date,metric,value[,team][,n]' },
		]);
	});
});
