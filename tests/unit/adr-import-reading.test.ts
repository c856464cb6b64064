import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/domain/adr-import/dates.ts';
import { readFileName } from '../../src/domain/adr-import/file-name.ts';
import { applyEdits, linkedStem, listOf, parseMarkdown, urlRange } from '../../src/domain/adr-import/markdown.ts';
import { assignNumbers } from '../../src/domain/adr-import/numbering.ts';
import { keyValue, relationOf } from '../../src/domain/adr-import/record-facts.ts';
import { classifySourceFile } from '../../src/domain/adr-import/source-files.ts';
import { readStatus } from '../../src/domain/adr-import/status.ts';
import { cleanTitle, isPlaceholder, titleFromSlug } from '../../src/domain/adr-import/title.ts';

describe('which files of a folder are records', () => {
	it.each([
		['0001-record-architecture-decisions.md', { kind: 'record' }],
		['20200924-use-log4brains.markdown', { kind: 'record' }],
		['0004-search.mdx', { kind: 'record' }],
		['0008-example-badge.png', { kind: 'image' }],
		['diagram.SVG', { kind: 'image' }],
		['.markdownlint.yml', { kind: 'skipped', reason: 'a hidden file' }],
		['.template.md', { kind: 'skipped', reason: 'a hidden file' }],
		['README.md', { kind: 'skipped', reason: 'an index of the folder, not a record' }],
		['index.md', { kind: 'skipped', reason: 'an index of the folder, not a record' }],
		['template.md', { kind: 'skipped', reason: 'a template (by its name)' }],
		['adr-template.md', { kind: 'skipped', reason: 'a template (by its name)' }],
		['0000-template.md', { kind: 'skipped', reason: 'a template (by its name)' }],
		['_category_.json', { kind: 'skipped', reason: 'not a Markdown file (.json)' }],
		['Makefile', { kind: 'skipped', reason: 'not a Markdown file (no extension)' }],
	])('%s', (name, kind) => {
		expect(classifySourceFile(name)).toEqual(kind);
	});

	it('does not take a word that merely contains "template" for a template', () => {
		expect(classifySourceFile('0007-use-templates-for-services.md')).toEqual({ kind: 'record' });
	});
});

describe('numbers come from the file name', () => {
	it.each([
		['0009-use-x.md', { number: 9, slug: 'use-x' }],
		['0000-use-madr.md', { number: 0, slug: 'use-madr' }],
		['ADR-60.md', { number: 60, slug: '' }],
		['adr013-consumer-groups.md', { number: 13, slug: 'consumer-groups' }],
		['adr-021-dead-letter-topics.md', { number: 21, slug: 'dead-letter-topics' }],
		['ADR_0003_Use_Kafka.md', { number: 3, slug: 'use-kafka' }],
		['12-short.md', { number: 12, slug: 'short' }],
		['0001-use-CC0-or-MIT-as-license.md', { number: 1, slug: 'use-cc0-or-mit-as-license' }],
		['0005-café-über-alles.md', { number: 5, slug: 'cafe-uber-alles' }],
	])('%s', (name, facts) => {
		expect(readFileName(name)).toEqual(facts);
	});

	it('reads an 8-digit prefix that is a real date as a date, not a number', () => {
		expect(readFileName('20201016-use-the-adr-slug.md')).toEqual({ date: '2020-10-16', slug: 'use-the-adr-slug' });
		expect(readFileName('20201341-not-a-date.md')).toEqual({ number: 20201341, slug: 'not-a-date' });
	});

	it('gives no number to a name without one', () => {
		expect(readFileName('use-kafka.md')).toEqual({ slug: 'use-kafka' });
	});
});

describe('titles', () => {
	it.each([
		['1. Record architecture decisions', 'Record architecture decisions'],
		['0009. Help scripts', 'Help scripts'],
		['ADR 001: Use Protobuf', 'Use Protobuf'],
		['ADR-012: Use Postgres', 'Use Postgres'],
		['ADR013 - One consumer group per service', 'One consumer group per service'],
		['adr-7) Use tabs', 'Use tabs'],
		['[Superseded] ADR002: Search with Algolia', 'Search with Algolia'],
		['Search with Algolia (superseded)', 'Search with Algolia'],
		['Use HTTP/2 between services', 'Use HTTP/2 between services'],
		['2024 budget for runners', '2024 budget for runners'],
	])('%s', (raw, title) => {
		expect(cleanTitle(raw)).toBe(title);
	});

	it('are made from the slug when a record has none', () => {
		expect(titleFromSlug('use-the-adr-slug')).toBe('Use the adr slug');
	});

	it.each([
		'[short title of solved problem and solution]',
		'{short title, representative of solved problem and found solution}',
		'NUMBER. TITLE',
		'STATUS',
		'DATE',
		'proposed | accepted | rejected',
		'[YYYY-MM-DD when the decision was last updated]',
		'',
	])('know a placeholder: %j', (text) => {
		expect(isPlaceholder(text)).toBe(true);
	});

	it.each(['Accepted', 'Use Kafka', '2020-01-01', '[ADR-0005](0005-x.md) replaces it'])('know a value: %j', (text) => {
		expect(isPlaceholder(text)).toBe(false);
	});
});

describe('status wordings', () => {
	it.each([
		['accepted', 'accepted'],
		['Accepted', 'accepted'],
		['approved', 'accepted'],
		['Implemented', 'accepted'],
		['partially implemented', 'accepted'],
		['Adopted', 'accepted'],
		['agreed', 'accepted'],
		['proposed', 'proposed'],
		['Draft', 'proposed'],
		['in review', 'proposed'],
		['In Review', 'proposed'],
		['pending', 'proposed'],
		['on hold', 'proposed'],
		['WIP', 'proposed'],
		['work in progress', 'proposed'],
		['rejected', 'rejected'],
		['Declined', 'rejected'],
		['abandoned', 'rejected'],
		['Withdrawn', 'rejected'],
		['deprecated', 'deprecated'],
		['Obsolete', 'deprecated'],
		['retired', 'deprecated'],
		['Reverted by ADR-61 after a data loss', 'deprecated'],
		['superseded', 'superseded'],
		['Superseded by 3. Use X', 'superseded'],
		['Superceded by 2. Second Record', 'superseded'],
		['superseeded by ADR-0001', 'superseded'],
		['Replaced by ADR-0009', 'superseded'],
		['**Accepted**', 'accepted'],
		['✅ Accepted on 2020-01-01', 'accepted'],
		['ACCEPTED.', 'accepted'],
	])('%j is %s', (wording, status) => {
		expect(readStatus(wording)).toEqual({ status });
	});

	it.each(['[proposed | rejected | accepted | deprecated | … | superseded by [xxx](yyyymmdd-xxx.md)]', '{status}', 'STATUS'])(
		'%j is a placeholder, so no status',
		(wording) => {
			expect(readStatus(wording)).toEqual({ reason: 'placeholder' });
		},
	);

	it.each(['Zombie', 'Yes', 'acceptedish', 'not accepted', 'Approvedness'])('%j is an unknown word, so no status', (wording) => {
		expect(readStatus(wording)).toEqual({ reason: 'unknown' });
	});
});

describe('dates', () => {
	it.each([
		['2019-05-13', '2019-05-13'],
		['2019-05-13, updated 2023-02-05', '2019-05-13'],
		['2019-05-13T09:30:00Z', '2019-05-13'],
		['21/06/2019', '2019-06-21'],
		['13/01/2021', '2021-01-13'],
		['03/25/2020', '2020-03-25'],
		['5.3.2022', '2022-03-05'],
		['2021/04/20', '2021-04-20'],
		['decided 2024-2-9 in the guild', '2024-02-09'],
		['updated 01/02/2023, first written 2019-05-13', '2023-02-01'],
	])('%j is %s', (text, date) => {
		expect(readDate(text)).toBe(date);
	});

	it.each(['YYYY-MM-DD', 'sometime in 2019', '2019-02-30', '31/31/2020', ''])('%j is no date', (text) => {
		expect(readDate(text)).toBeUndefined();
	});
});

describe('header lines', () => {
	it.each([
		['Status: Accepted', { field: 'status', value: 'Accepted' }],
		['Date: 2016-02-12', { field: 'date', value: '2016-02-12' }],
		['Decision Makers: A, B', { field: 'deciders', value: 'A, B' }],
		['decision_makers: A', { field: 'deciders', value: 'A' }],
		['Deciders: [Thomas Vaillant]', { field: 'deciders', value: '[Thomas Vaillant]' }],
		['Tags: dev-tools, doc', { field: 'tags', value: 'dev-tools, doc' }],
		['Replaces: ADR-0002', { field: 'supersedes', value: 'ADR-0002' }],
		['Superseded by: ADR-0004', { field: 'superseded-by', value: 'ADR-0004' }],
	])('%j', (line, pair) => {
		expect(keyValue(line)).toEqual(pair);
	});

	it('ignore keys they do not know', () => {
		expect(keyValue('Technical Story: SHOP-112')).toBeUndefined();
		expect(keyValue('Chosen option: "React"')).toBeUndefined();
	});

	it.each([
		['Supersedes [1. First](0001-first.md)', 'supersedes'],
		['Supercedes [1. First](0001-first.md)', 'supersedes'],
		['Replaces: [ADR002](./0002-x.md)', 'supersedes'],
		['Superseded by [2. Second](0002-second.md)', 'superseded-by'],
		['Superceded by [2. Second](0002-second.md)', 'superseded-by'],
		['Replaced by ADR-0009', 'superseded-by'],
		['Amends [1. First](0001-first.md)', undefined],
		['Amended by [3. Third](0003-third.md)', undefined],
		['Updates [1. First](0001-first.md)', undefined],
		['Refined by [ADR-0003](0003-x.md)', undefined],
	])('%j relates records as %s', (line, relation) => {
		expect(relationOf(line)).toBe(relation);
	});

	it('split lists written as text, in brackets or not', () => {
		expect(listOf('Anna Schmidt, Ben Okafor; Chidi Eze')).toEqual(['Anna Schmidt', 'Ben Okafor', 'Chidi Eze']);
		expect(listOf('[Thomas Vaillant, Jane Doe]')).toEqual(['Thomas Vaillant', 'Jane Doe']);
		expect(listOf(['Dana Wu', '[Eli](https://example.com/eli)'])).toEqual(['Dana Wu', 'Eli']);
		expect(listOf('distribution npm', /[\s,;]+/)).toEqual(['distribution', 'npm']);
		expect(listOf(undefined)).toEqual([]);
	});
});

describe('links in bodies', () => {
	it.each([
		['0002-use-vue.md', '0002-use-vue'],
		['./0002-search.md#context', '0002-search'],
		['0004-search-with-a-local-index', '0004-search-with-a-local-index'],
		['../adr/20201016-use-the%20slug.md', '20201016-use-the slug'],
		['https://github.com/x/y/blob/main/0001-a.md', undefined],
		['/decisions/0001-a/', undefined],
		['#consequences', undefined],
		['mailto:a@example.com', undefined],
	])('%s names the record %s', (url, stem) => {
		expect(linkedStem(url)).toBe(stem);
	});

	it('finds where a URL is written, so only it is replaced', () => {
		const text = 'See [two](0002-b.md "the second") and ![flow](<images/my flow.png>) and [ref][r].\n\n[r]: ./0003-c.md\n';
		const tree = parseMarkdown(text);
		const nodes = [...(tree.children[0] as { children: { type: string }[] }).children, tree.children[1]].filter(
			(node): node is Parameters<typeof urlRange>[1] => 'url' in node,
		);
		const written = nodes.map((node) => {
			const range = urlRange(text, node)!;
			return text.slice(range.start, range.end);
		});
		expect(written).toEqual(['0002-b.md', 'images/my flow.png', './0003-c.md']);
	});

	it('removes a node with the blank lines after it, and leaves the rest as written', () => {
		const text = '# Title\n\nDate: 2020-01-01\n\n## Context\n\n*  keep   this*\n';
		expect(
			applyEdits(text, [
				{ start: 0, end: 7, text: '' },
				{ start: 9, end: 25, text: '' },
			]),
		).toBe('## Context\n\n*  keep   this*\n');
	});
});

describe('numbering', () => {
	it('keeps the numbers of the file names, 0000 included', () => {
		const result = assignNumbers(
			[
				{ file: '0000-a.md', number: 0 },
				{ file: '0001-b.md', number: 1 },
				{ file: '0007-c.md', number: 7 },
			],
			new Set(),
		);
		expect([...result.numbers]).toEqual([
			['0000-a.md', 0],
			['0001-b.md', 1],
			['0007-c.md', 7],
		]);
		expect(result.renumbered).toEqual([]);
		expect(result.offset).toBe(0);
	});

	it('numbers a folder without numbers 1..N in file-name order', () => {
		const result = assignNumbers([{ file: '20200924-a.md' }, { file: '20201016-b.md' }], new Set());
		expect([...result.numbers.values()]).toEqual([1, 2]);
		expect(result.renumbered.map((entry) => entry.to)).toEqual([1, 2]);
	});

	it('keeps the first of two records with one number and moves the later one past the highest', () => {
		const result = assignNumbers(
			[
				{ file: 'adr-002-a.md', number: 2 },
				{ file: 'adr-002-b.md', number: 2 },
				{ file: 'adr-060.md', number: 60 },
				{ file: 'no-number.md' },
			],
			new Set(),
		);
		expect([...result.numbers.values()]).toEqual([2, 61, 60, 62]);
		expect(result.renumbered).toEqual([
			{ file: 'adr-002-b.md', from: 2, to: 61, reason: 'adr-002-a.md has the same number' },
			{ file: 'no-number.md', to: 62, reason: 'no number in its file name' },
		]);
	});

	it('shifts every number past the target folder when any would collide, keeping order and gaps', () => {
		const result = assignNumbers(
			[
				{ file: '0001-a.md', number: 1 },
				{ file: '0003-b.md', number: 3 },
			],
			new Set([1, 2, 18]),
		);
		expect(result.offset).toBe(18);
		expect([...result.numbers.values()]).toEqual([19, 21]);
	});

	it('keeps the numbers records imported before got, and shifts new ones as those were', () => {
		const result = assignNumbers(
			[
				{ file: '0001-a.md', number: 1 },
				{ file: '0002-b.md', number: 2 },
				{ file: '0003-c.md', number: 3 },
			],
			new Set([1, 2, 30, 31]),
			new Map([
				['0001-a.md', 19],
				['0002-b.md', 20],
			]),
		);
		expect([...result.numbers]).toEqual([
			['0001-a.md', 19],
			['0002-b.md', 20],
			['0003-c.md', 21],
		]);
		const crowded = assignNumbers(
			[
				{ file: '0001-a.md', number: 1 },
				{ file: '0003-c.md', number: 3 },
			],
			new Set([21, 30]),
			new Map([['0001-a.md', 19]]),
		);
		expect(crowded.numbers.get('0003-c.md')).toBe(31);
	});

	it('leaves numbers alone when none collides with the target folder', () => {
		const result = assignNumbers([{ file: '0100-a.md', number: 100 }], new Set([1, 2]));
		expect(result.offset).toBe(0);
		expect(result.numbers.get('0100-a.md')).toBe(100);
	});
});
