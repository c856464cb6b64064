import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentDirProblem } from '../../src/lib/content-dir.ts';
import { listContentFiles, readContentFile } from '../../src/lib/content-files.ts';

let work: string;
let content: string;

/** Writes files (path relative to the work folder: text) and makes the folders they need. */
function write(files: Record<string, string>): void {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
		writeFileSync(path.join(work, file), text);
	}
}

/** A symlink at `link` (relative to the work folder) whose target is written exactly as given. */
const link = (target: string, at: string) => symlinkSync(target, path.join(work, at));

beforeEach(() => {
	work = mkdtempSync(path.join(tmpdir(), 'trailmap-files-'));
	content = path.join(work, 'content');
	write({ 'content/site.yaml': 'name: X\n', 'content/roadmap/a.yaml': 'title: A\n', 'outside/secret.yaml': 'token: x\n' });
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const refused = (relative: string, message: string, hint: string) => ({
	file: path.join(content, relative),
	line: 1,
	column: 1,
	field: '',
	message,
	hint,
});

describe('listing a content folder', () => {
	it('lists files sorted, without hidden files and folders', () => {
		write({ 'content/.git/config': '', 'content/roadmap/.DS_Store': '', 'content/guides/basics/setup.md': '' });
		expect(listContentFiles(content)).toEqual({ files: ['guides/basics/setup.md', 'roadmap/a.yaml', 'site.yaml'], problems: [] });
	});

	it('lists a link to a file or folder inside the content folder under the link, as the build sees it', () => {
		write({ 'content/shared/b.yaml': 'title: B\n' });
		link('../shared/b.yaml', 'content/roadmap/b.yaml');
		link('shared', 'content/more');
		expect(listContentFiles(content)).toEqual({
			files: ['more/b.yaml', 'roadmap/a.yaml', 'roadmap/b.yaml', 'shared/b.yaml', 'site.yaml'],
			problems: [],
		});
	});

	it('refuses links that leave the content folder, lead nowhere or loop back, and does not follow them', () => {
		link('../../outside/secret.yaml', 'content/roadmap/secret.yaml');
		link(path.join(work, 'outside'), 'content/personas');
		link('missing.yaml', 'content/roadmap/gone.yaml');
		link('..', 'content/roadmap/up');
		expect(listContentFiles(content)).toEqual({
			files: ['roadmap/a.yaml', 'site.yaml'],
			problems: [
				refused(
					'personas',
					`this link points outside the content folder (${path.join(work, 'outside')})`,
					'copy the file in instead; the site is built from the content folder alone',
				),
				refused(
					'roadmap/gone.yaml',
					'this link points to missing.yaml, which does not exist',
					'remove the link, or copy the file in instead',
				),
				refused(
					'roadmap/secret.yaml',
					'this link points outside the content folder (../../outside/secret.yaml)',
					'copy the file in instead; the site is built from the content folder alone',
				),
				refused('roadmap/up', 'this link leads back to a folder that contains it (..)', 'remove the link'),
			],
		});
	});

	it('follows the content folder itself when it is a link', () => {
		link('content', 'linked');
		expect(listContentFiles(path.join(work, 'linked'))).toEqual({ files: ['roadmap/a.yaml', 'site.yaml'], problems: [] });
	});

	// root reads any folder, so only another user can see this problem.
	it.skipIf(process.getuid?.() === 0)('reports a folder it cannot read', () => {
		write({ 'content/locked/a.yaml': '' });
		chmodSync(path.join(content, 'locked'), 0o000);
		try {
			expect(listContentFiles(content)).toEqual({
				files: ['roadmap/a.yaml', 'site.yaml'],
				problems: [refused('locked', 'this folder cannot be read (EACCES)', 'check its permissions')],
			});
		} finally {
			chmodSync(path.join(content, 'locked'), 0o755);
		}
	});

	it('reports a content folder that is not one instead of listing it', () => {
		expect(listContentFiles(path.join(work, 'nope'))).toEqual({ files: [], problems: [contentDirProblem(path.join(work, 'nope'))] });
	});
});

describe('the content folder', () => {
	it('is fine when it holds site.yaml', () => {
		expect(contentDirProblem(content)).toBeUndefined();
	});

	it('names a missing folder and the setting that chose it', () => {
		const dir = path.join(work, 'contnet');
		expect(contentDirProblem(dir, { TRAILMAP_CONTENT_DIR: 'contnet' })).toEqual({
			file: dir,
			line: 1,
			column: 1,
			field: '',
			value: 'contnet',
			message: `the content folder ${dir} does not exist`,
			hint: `check the spelling of TRAILMAP_CONTENT_DIR, or create the folder; TRAILMAP_CONTENT_DIR is "contnet", resolved from ${process.cwd()}`,
		});
		expect(contentDirProblem(dir, {})?.hint).toBe(
			'check the spelling of TRAILMAP_CONTENT_DIR, or create the folder; TRAILMAP_CONTENT_DIR is not set, so ./content is used',
		);
	});

	it('refuses a file, and a folder without site.yaml', () => {
		const file = path.join(content, 'site.yaml');
		expect(contentDirProblem(file, { TRAILMAP_CONTENT_DIR: file })).toMatchObject({
			file,
			message: `${file} is a file, not a content folder`,
			hint: `point TRAILMAP_CONTENT_DIR at the folder that holds site.yaml; TRAILMAP_CONTENT_DIR is "${file}", resolved from ${process.cwd()}`,
		});
		const roadmap = path.join(content, 'roadmap');
		expect(contentDirProblem(roadmap, {})).toMatchObject({
			file: roadmap,
			message: `${roadmap} is not a content folder: it has no site.yaml`,
			hint: 'point TRAILMAP_CONTENT_DIR at the folder that holds site.yaml, or copy site.yaml from the example content; TRAILMAP_CONTENT_DIR is not set, so ./content is used',
		});
	});
});

describe('reading a content file', () => {
	it('decodes it, or reports why it cannot be read', async () => {
		write({ 'content/bom.yaml': '\uFEFFtitle: A\n' });
		expect(await readContentFile(path.join(content, 'bom.yaml'), 'bom.yaml')).toEqual({ text: 'title: A\n', errors: [] });
		expect(await readContentFile(path.join(content, 'roadmap'), 'roadmap')).toEqual({
			errors: [
				{
					file: 'roadmap',
					line: 1,
					column: 1,
					field: '',
					message: 'this file cannot be read (EISDIR)',
					hint: 'check that it is a file and that you may read it',
				},
			],
		});
	});
});
