import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NEW_ENTRY_TYPES, nextDecisionNumber, slugify } from '../../src/domain/templates.ts';
import { NewEntryError, createEntry } from '../../src/lib/new-entry.ts';
import { checkContent } from '../../src/lib/read-content.ts';
import { FIXTURE, TODAY } from './fixture.ts';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'trailmap-new-'));
	cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const create = (type: string, title: string, options: object = {}) => createEntry(dir, { type, title, today: TODAY, ...options });
const problems = async () => (await checkContent(dir, TODAY)).problems;
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('content:new', () => {
	it('makes kebab-case ids from titles and numbers decisions after the highest', () => {
		expect(slugify('Preview environments per PR!')).toBe('preview-environments-per-pr');
		expect(slugify('Café: Über "fast" builds')).toBe('cafe-uber-fast-builds');
		expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(60);
		expect(nextDecisionNumber(['0001-a', '0007-b', 'notes'])).toBe('0008');
		expect(nextDecisionNumber([])).toBe('0001');
	});

	it.each(NEW_ENTRY_TYPES)('creates a %s that passes the content check as created', async (type) => {
		const result = create(type, 'Faster "CI": caches');
		expect(result.id).toMatch(/faster-ci-caches$/);
		const text = read(result.file);
		expect(text).toMatch(/^(- )?# .+\n/m);
		expect(text).toContain('Faster \\"CI\\": caches');
		expect(await problems()).toEqual([]);
	});

	it('writes a roadmap item with a body as Markdown or MDX, with the references given', async () => {
		const md = create('roadmap', 'With a body', {
			extension: 'md',
			areas: ['observability'],
			owners: ['checkout'],
			personas: ['data-engineer'],
		});
		expect(md.file).toBe('roadmap/with-a-body.md');
		expect(read(md.file)).toMatch(/^---\n[\s\S]*area: \[observability\][\s\S]*owner: \[checkout\][\s\S]*\n---\n\n<!-- How it will work/);
		const mdx = create('roadmap', 'In MDX', { extension: 'mdx' });
		expect(read(mdx.file)).toContain('{/* How it will work');
		expect(mdx.notes).toEqual([
			'area is set to "ci-cd", the first area id; change it or pass --area',
			'team is set to "checkout", the first team id; change it or pass --owner',
		]);
		expect(await problems()).toEqual([]);
	});

	it('writes a MADR 4 decision with the next number and one line of guidance per section', () => {
		const { file, id } = create('decision', 'Use Buildkite');
		expect(id).toBe('0003-use-buildkite');
		expect(file).toBe('decisions/0003-use-buildkite.md');
		const text = read(file);
		for (const heading of [
			'## Context and Problem Statement',
			'## Considered Options',
			'## Decision Outcome',
			'### Consequences',
			'## More Information',
		]) {
			expect(text).toMatch(new RegExp(`${heading}\\n\\n<!-- .+ -->\\n`));
		}
		expect(text).toContain('status: proposed\n');
	});

	it('records a supersession once, on the new record, and marks the old one superseded', async () => {
		const before = read('decisions/0002-golden-path-templates.mdx');
		const result = create('decision', 'Replace templates', { supersedes: ['2'] });
		expect(read(result.file)).toContain('supersedes: [ADR-0002]');
		expect(result.changed).toEqual([{ file: 'decisions/0002-golden-path-templates.mdx', change: 'status: superseded' }]);
		const after = read('decisions/0002-golden-path-templates.mdx');
		expect(after).not.toBe(before);
		expect(after).toBe(before.replace(/^status: \w+$/m, 'status: superseded'));
		expect(await problems()).toEqual([]);
	});

	it('adds the change to a status history where the old record keeps one', () => {
		const file = 'decisions/0002-golden-path-templates.mdx';
		writeFileSync(
			path.join(dir, file),
			read(file).replace(/^date: (.+)$/m, 'date: $1\nhistory:\n  - status: accepted\n    date: 2026-01-02'),
		);
		create('decision', 'Replace templates', { supersedes: ['ADR-0002'] });
		expect(read(file)).toMatch(
			/status: superseded\n[\s\S]*history:\n {2}- status: accepted\n {4}date: 2026-01-02\n {2}- status: superseded\n {4}date: 2026-11-27\n {4}note: superseded by ADR-0003\n/,
		);
	});

	it('refuses to overwrite, and names what is wrong with a hint', () => {
		create('persona', 'Mobile developer');
		const again = () => create('persona', 'Mobile developer');
		expect(again).toThrow(NewEntryError);
		expect(again).toThrow('a persona with the id "mobile-developer" already exists');
		expect(() => create('area', 'CI CD')).toThrow('an area with the id "ci-cd" already exists');
		expect(() => create('decisoin', 'x')).toThrow(expect.objectContaining({ hint: 'did you mean "decision"?' }));
		expect(() => create('decision', 'x', { supersedes: ['9'] })).toThrow('no decision record is "9"');
		expect(() => create('roadmap', 'x', { areas: ['ci-cdd'] })).toThrow(expect.objectContaining({ hint: 'did you mean "ci-cd"?' }));
		expect(() => create('roadmap', 'x', { extension: 'json' })).toThrow('a roadmap item cannot be a .json file');
		expect(() => create('guide', '!!!')).toThrow('"" is not a kebab-case id');
	});
});
