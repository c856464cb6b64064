import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/read-content.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { buildSite } from '../support/astro-site.ts';
import { ContentCopy } from '../support/content-copy.ts';
import { elementsOf, textOf } from '../support/html.ts';
import { liveCode } from '../support/live-code.ts';
import { readTree } from '../support/tree.ts';
import { addHostileStrings, BODY_BYPASSES, ITEM_TITLE, PAYLOAD, SITE_NAME } from './hostile-content.ts';

describe('a build of hostile content', () => {
	let content: ContentCopy;
	let outDir = '';
	/** Findings by page: what would run, or lead to a script URL, on each built page. */
	const findings = new Map<string, string[]>();
	/** The bypasses the content check refused, by name. */
	const refused = new Set<string>();

	beforeAll(async () => {
		content = new ContentCopy();
		outDir = content.beside('dist');
		addHostileStrings(content);
		for (const { file, text } of BODY_BYPASSES) content.write(file, text);
		const { problems } = await checkContent(content.dir);
		const relative = (file: string) => path.relative(content.dir, file).split(path.sep).join('/');
		const refusedFiles = new Set(problems.map((problem) => relative(problem.file)));
		for (const { name, file } of BODY_BYPASSES.filter((bypass) => refusedFiles.has(bypass.file))) {
			refused.add(name);
			content.remove(file);
		}
		// The hostile strings are valid content, so every problem must be a refused bypass.
		const bypassFiles = new Set(BODY_BYPASSES.map((bypass) => bypass.file));
		const others = problems.filter((problem) => !bypassFiles.has(relative(problem.file)));
		expect(others.map((problem) => `${relative(problem.file)}:${problem.line} ${problem.field}: ${problem.message}`)).toEqual([]);
		await buildSite({ content: content.dir, outDir, cacheDir: content.beside('cache') });
		for (const [file, text] of readTree(outDir)) {
			if (file.endsWith('.html')) findings.set(file, liveCode(text.toString(), PAYLOAD));
		}
	});
	afterAll(() => content?.dispose());

	for (const { name, page, stillLive } of BODY_BYPASSES) {
		(stillLive ? it.fails : it)(`refuses ${name} or renders it inert`, () => {
			if (refused.has(name)) expect(findings.has(page)).toBe(false);
			else expect(findings.get(page)).toEqual([]);
		});
	}

	it('holds no live script, handler or unsafe URL on any other page', () => {
		const bypassPages = new Set(BODY_BYPASSES.map((bypass) => bypass.page));
		expect([...findings].filter(([page, found]) => found.length > 0 && !bypassPages.has(page))).toEqual([]);
	});

	it('prints markup from YAML and front matter as text', () => {
		const elements = elementsOf(readFileSync(path.join(outDir, 'roadmap/service-mesh/index.html'), 'utf8'));
		const text = (tag: string) => elements.filter((element) => element.tagName === tag).map(textOf);
		expect(text('h1')).toEqual([ITEM_TITLE]);
		expect(text('title')).toEqual([`${ITEM_TITLE} | ${SITE_NAME}`]);
	});

	it('builds only the chosen content folder, with nothing left over from another build', () => {
		expect(filesUnder(path.join(outDir, 'roadmap')).filter((file) => file.endsWith('index.html'))).toEqual([
			'index.html',
			'namespace-self-service/index.html',
			'service-mesh/index.html',
			'service-templates/index.html',
			'shipped/index.html',
		]);
	});
});
