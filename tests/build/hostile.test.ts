import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/read-content.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { buildSite } from '../support/astro-site.ts';
import { ContentCopy } from '../support/content-copy.ts';
import { attributeOf, elementsOf, textOf } from '../support/html.ts';
import { liveCode } from '../support/live-code.ts';
import { readTree } from '../support/tree.ts';
import { addHostileStrings, BODY_BYPASSES, BUILD_TIME_CODE, ITEM_TITLE, OFF_SITE_LINK, PAYLOAD, SITE_NAME } from './hostile-content.ts';

describe('a build of hostile content', () => {
	let content: ContentCopy;
	let outDir = '';
	/** Findings by page: what would run, or lead to a script URL, on each built page. */
	const findings = new Map<string, string[]>();
	/** The content check's problems, by file relative to the content folder. */
	const problemsIn = new Map<string, string[]>();
	const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

	beforeAll(async () => {
		content = new ContentCopy();
		outDir = content.beside('dist');
		addHostileStrings(content);
		for (const { file, text } of [...BODY_BYPASSES, BUILD_TIME_CODE, OFF_SITE_LINK]) content.write(file, text);
		const { problems } = await checkContent(content.dir);
		for (const problem of problems) {
			const file = path.relative(content.dir, problem.file).split(path.sep).join('/');
			problemsIn.set(file, [...(problemsIn.get(file) ?? []), `${problem.line}:${problem.column} ${problem.field}: ${problem.message}`]);
		}
		// A build that skipped the check must still publish nothing live: the renderer sanitises on its own.
		await buildSite({ content: content.dir, outDir, cacheDir: content.beside('cache'), env: { TRAILMAP_SKIP_CONTENT_CHECK: '1' } });
		for (const [file, text] of readTree(outDir)) {
			if (file.endsWith('.html')) findings.set(file, liveCode(text.toString(), PAYLOAD));
		}
	});
	afterAll(() => content?.dispose());

	it('reports nothing but the bodies: markup in YAML and front matter strings is valid content', () => {
		const bodyFiles = new Set([...BODY_BYPASSES, BUILD_TIME_CODE, OFF_SITE_LINK].map((bypass) => bypass.file));
		expect([...problemsIn].filter(([file]) => !bodyFiles.has(file))).toEqual([]);
	});

	for (const { name, file, page: built, stillLive } of BODY_BYPASSES) {
		(stillLive ? it.fails : it)(`refuses ${name} at its line, and a build without the check renders it inert`, () => {
			// Each body starts on line 10 of its file; the exact lines are pinned by tests/unit/body-safety.test.ts.
			expect(problemsIn.get(file)?.some((problem) => Number(problem.split(':')[0]) >= 10 && problem.includes(' body: '))).toBe(true);
			expect(findings.get(built)).toEqual([]);
		});
	}

	it('refuses import, export and expressions in MDX, and a build without the check runs none of them', () => {
		expect(problemsIn.get(BUILD_TIME_CODE.file)?.length).toBeGreaterThanOrEqual(3);
		const html = page(BUILD_TIME_CODE.page);
		for (const secret of BUILD_TIME_CODE.secrets()) expect(html).not.toContain(secret);
	});

	it('refuses links that leave the site from a site path, and a build without the check publishes none', () => {
		expect(problemsIn.get(OFF_SITE_LINK.file)).toHaveLength(2);
		const hrefs = elementsOf(page(OFF_SITE_LINK.page))
			.filter((element) => element.tagName === 'a')
			.map((element) => attributeOf(element, 'href') ?? '');
		expect(hrefs.filter((href) => new URL(href, 'https://site.example/').host === 'evil.example')).toEqual([]);
	});

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
			'priorities/index.html',
			'service-mesh/index.html',
			'service-templates/index.html',
			'shipped/index.html',
			'timeline/index.html',
		]);
	});
});
