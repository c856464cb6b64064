import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportReport } from '../../src/domain/adr-import/report.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { ImportError, importDecisions } from '../../src/lib/import-decisions.ts';
import { checkContent, today } from '../../src/lib/read-content.ts';
import { FIXTURE, TODAY } from './fixture.ts';

const FIXTURES = path.resolve('tests/fixtures/adr-import');
const FORMATS = ['adr-tools', 'madr2', 'madr3', 'madr4', 'log4brains', 'docusaurus', 'table'];

const temporary: string[] = [];
afterEach(() => {
	for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test. */
function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'trailmap-adr-import-'));
	temporary.push(dir);
	return dir;
}

/** A copy of a content folder to import into. */
function contentCopy(source = FIXTURE): string {
	const dir = tempDir();
	cpSync(source, dir, { recursive: true });
	return dir;
}

/** Every file of a folder with its bytes and modification time, to show that a run changed nothing. */
const snapshot = (dir: string) =>
	filesUnder(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8'), statSync(path.join(dir, file)).mtimeMs]);

const importInto = (contentDir: string, folder: string, options: Partial<Parameters<typeof importDecisions>[0]> = {}) =>
	importDecisions({ source: path.join(FIXTURES, folder), contentDir, today: TODAY, firstCommitDate: () => undefined, ...options });

describe('importing into a content folder', () => {
	it('numbers past the records already there, copies images beside the records, and passes the content check', async () => {
		const dir = contentCopy();
		const result = await importInto(dir, 'adr-tools');
		expect(result.plan.offset).toBe(2);
		expect(result.records.map(({ source, target, from, to, action }) => [source, path.basename(target), from, to, action])).toEqual([
			['0001-record-architecture-decisions.md', '0003-record-architecture-decisions.md', 1, 3, 'written'],
			['0002-use-postgresql-for-orders.md', '0004-use-postgresql-for-orders.md', 2, 4, 'written'],
			['0003-deploy-with-ansible.md', '0005-deploy-with-ansible.md', 3, 5, 'written'],
			['0004-move-orders-to-aurora-postgresql.md', '0006-move-orders-to-aurora-postgresql.md', 4, 6, 'written'],
			['0005-log-in-json.md', '0007-log-in-json.md', 5, 7, 'written'],
		]);
		expect(readFileSync(path.join(dir, 'decisions/0006-move-orders-to-aurora-postgresql.md'), 'utf8')).toContain(
			'supersedes:\n  - ADR-0004\n',
		);
		expect(result.images.map(({ source, action }) => [source, action])).toEqual([['images/log-flow.svg', 'written']]);
		expect(readFileSync(path.join(dir, 'decisions/images/log-flow.svg'))).toEqual(
			readFileSync(path.join(FIXTURES, 'adr-tools/images/log-flow.svg')),
		);
		expect(result.skipped.map((entry) => entry.source)).toEqual(['.markdownlint.yml', 'README.md', 'images/', 'template.md']);
		expect(result.failed).toEqual([]);
		expect((await checkContent(dir, TODAY)).problems).toEqual([]);
	});

	it('changes nothing when run a second time', async () => {
		const dir = contentCopy();
		await importInto(dir, 'madr4');
		const before = snapshot(dir);
		const again = await importInto(dir, 'madr4');
		expect(snapshot(dir)).toEqual(before);
		expect(again.plan.offset).toBe(0);
		expect(again.records.map((file) => file.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
		expect(again.images.map((file) => file.action)).toEqual(['unchanged']);
		expect(again.failed).toEqual([]);
	});

	it('writes nothing in a dry run, and reports what a real run writes', async () => {
		const dir = contentCopy();
		const before = snapshot(dir);
		const dry = await importInto(dir, 'log4brains', { dryRun: true });
		expect(snapshot(dir)).toEqual(before);
		const real = await importInto(dir, 'log4brains');
		expect(dry.records).toEqual(real.records);
		expect(formatImportReport(dry)).toContain('(dry run: nothing is written)');
		expect(formatImportReport(dry)).toContain(
			'20200924-use-log4brains-to-manage-the-adrs.md -> ' +
				`${path.join(dir, 'decisions/0003-use-log4brains-to-manage-the-adrs.md')} (no number -> ADR-0003) would be written`,
		);
	});

	it('never overwrites a changed file without --force', async () => {
		const dir = contentCopy();
		await importInto(dir, 'madr3');
		const file = path.join(dir, 'decisions/0003-use-github-actions.md');
		const edited = `${readFileSync(file, 'utf8')}\nA note the team added after the import.\n`;
		writeFileSync(file, edited);
		const refused = await importInto(dir, 'madr3');
		expect(refused.failed).toEqual([
			{
				source: '0001-use-github-actions.md',
				target: file,
				reasons: [`${file} exists and differs; run with --force to overwrite it`],
			},
		]);
		expect(readFileSync(file, 'utf8')).toBe(edited);
		const forced = await importInto(dir, 'madr3', { force: true });
		expect(forced.records[0].action).toBe('overwritten');
		expect(readFileSync(file, 'utf8')).not.toContain('A note the team added');
	});

	it('writes nothing for a record the content check refuses, nor for the record that only it replaced', async () => {
		const source = tempDir();
		writeFileSync(path.join(source, '0001-old.md'), '# 1. Old\n\nDate: 2020-01-01\n\n## Status\n\nSuperseded by [2. New](0002-new.md)\n');
		writeFileSync(
			path.join(source, '0002-new.md'),
			'# 2. New\n\nDate: 2021-01-01\n\n## Status\n\nAccepted\n\nSupersedes [1. Old](0001-old.md)\n\n## Decision\n\n[Run it](javascript:alert(1)).\n',
		);
		writeFileSync(path.join(source, '0003-other.md'), '# 3. Other\n\nDate: 2099-01-01\n');
		writeFileSync(path.join(source, '0004-fine.md'), '# 4. Fine\n\nDate: 2022-01-01\n');
		const dir = contentCopy();
		const result = await importDecisions({ source, contentDir: dir, today: TODAY, firstCommitDate: () => undefined });
		expect(result.records.map((file) => file.source)).toEqual(['0004-fine.md']);
		expect(result.failed.map((failure) => [failure.source, failure.reasons])).toEqual([
			['0001-old.md', ['it is superseded, but no record imported from this folder says which one replaces it']],
			[
				'0002-new.md',
				[
					'content check: body = "javascript:alert(1)": a javascript: link is not allowed in content (link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/)',
				],
			],
			[
				'0003-other.md',
				['content check: date = "2099-01-01": the decision date is in the future (today is 2026-11-27) (use the day it actually happened)'],
			],
		]);
		expect(existsSync(path.join(dir, 'decisions/0004-new.md'))).toBe(false);
		expect((await checkContent(dir, TODAY)).problems).toEqual([]);
		expect(formatImportReport(result)).toMatch(/\*\*\* 1 imported \(1 written, 0 unchanged\), 0 skipped, 3 could not be imported$/);
	});

	it('dates a record without a date by its first commit in git', async () => {
		const repo = tempDir();
		const git = (...args: string[]) =>
			execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
				cwd: repo,
				env: { ...process.env, GIT_AUTHOR_DATE: '2021-02-03T10:00:00+01:00', GIT_COMMITTER_DATE: '2021-02-03T10:00:00+01:00' },
			});
		mkdirSync(path.join(repo, 'doc/adr'), { recursive: true });
		writeFileSync(path.join(repo, 'doc/adr/0001-use-x.md'), '# 1. Use X\n\n## Status\n\nAccepted\n');
		git('init', '-q');
		git('add', '.');
		git('commit', '-q', '-m', 'first');
		const dir = contentCopy();
		const result = await importDecisions({ source: path.join(repo, 'doc/adr'), contentDir: dir, today: TODAY });
		expect(result.plan.defaulted).toEqual([
			{ source: '0001-use-x.md', field: 'date', value: '2021-02-03', reason: 'no date found; the day git first saw the file' },
		]);
		expect(result.failed).toEqual([]);
	});

	it('refuses to start without a folder to import or a content folder', async () => {
		const dir = contentCopy();
		await expect(importDecisions({ source: path.join(dir, 'nowhere'), contentDir: dir })).rejects.toThrow(ImportError);
		await expect(importDecisions({ source: path.join(FIXTURES, 'madr3'), contentDir: tempDir() })).rejects.toThrow(/has no site.yaml/);
	});
});

describe('every fixture format into the example content', () => {
	it('imports all seven folders one after another with no content problem', { timeout: 120_000 }, async () => {
		const dir = contentCopy(path.resolve('content'));
		const day = today();
		for (const format of FORMATS) {
			const result = await importInto(dir, format, { today: day });
			expect(result.failed, format).toEqual([]);
		}
		const { problems, content } = await checkContent(dir, day);
		expect(problems).toEqual([]);
		expect(content.decisions.length).toBe(18 + 5 + 4 + 5 + 4 + 4 + 6 + 7);
		// Folders imported later took the numbers after the first one's; running the first again still changes nothing.
		const before = snapshot(dir);
		for (const format of ['adr-tools', 'log4brains']) {
			const again = await importInto(dir, format, { today: day });
			expect(again.failed, format).toEqual([]);
			expect(new Set(again.records.map((file) => file.action)), format).toEqual(new Set(['unchanged']));
		}
		expect(snapshot(dir)).toEqual(before);
	});
});

describe('images beside decision records', () => {
	const record = (image: string) =>
		`---\ntitle: With an image\nstatus: accepted\ndate: 2025-01-01\n---\n\n## Context\n\n![Flow](${image})\n`;

	it('are content, and the content check finds the ones a record shows but that are not there', async () => {
		const dir = contentCopy();
		mkdirSync(path.join(dir, 'decisions/images'));
		writeFileSync(path.join(dir, 'decisions/images/flow.png'), readFileSync(path.join(FIXTURES, 'madr4/0002-options.png')));
		writeFileSync(path.join(dir, 'decisions/0003-with-an-image.md'), record('images/flow.png'));
		writeFileSync(path.join(dir, 'decisions/0004-with-a-lost-image.md'), record('images/lost%20flow.png'));
		// An HTML image is not bundled by the build, so only the browser resolves it; the check leaves it alone.
		writeFileSync(
			path.join(dir, 'decisions/0005-with-an-html-image.md'),
			record('images/flow.png').replace('![Flow](images/flow.png)', '<img src="gone.png" alt="Flow">'),
		);
		const { problems } = await checkContent(dir, TODAY);
		expect(
			problems.map(({ file, line, column, field, value, message }) => [path.basename(file), line, column, field, value, message]),
		).toEqual([['0004-with-a-lost-image.md', 9, 1, 'body', 'images/lost%20flow.png', 'no image is at this path beside the file']]);
	});
});
