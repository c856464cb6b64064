import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { classify } from '../../src/domain/registry.ts';
import { contentCacheDir } from '../../src/lib/content-layout.ts';

const CONTENT = path.resolve('content');

/** Variables vitest puts in process.env (NODE_ENV=test, DEV=1, MODE=test...) that would turn a child build into a development build. */
const VITEST_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** Builds the site as `npm run build` does, in an environment without vitest's variables; returns the log without colours. */
function build(args: string[], contentDir: string): string {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)));
	const log = execFileSync(path.resolve('node_modules/.bin/astro'), ['build', ...args], {
		encoding: 'utf8',
		env: { ...env, TRAILMAP_CONTENT_DIR: contentDir },
	});
	return stripVTControlCharacters(log);
}
const DIST = path.resolve('dist');

/** Replaces text in a file, failing loudly if the file no longer contains it. */
function replaceInFile(file: string, from: string, to: string): void {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
	writeFileSync(file, text.replace(from, to));
}

/** The page each content file must produce, worked out from the files alone. */
function expectedPages(): Map<string, string> {
	const pages = new Map<string, string>();
	const route = { personas: 'personas', journeys: 'journeys', roadmap: 'roadmap', decisions: 'decisions', guides: 'guides' } as const;
	for (const file of filesUnder(CONTENT)) {
		const kind = classify(file);
		if (kind && 'id' in kind && kind.kind in route) pages.set(`${file}`, `${route[kind.kind as keyof typeof route]}/${kind.id}/index.html`);
	}
	for (const metric of parse(readFileSync(path.join(CONTENT, 'metrics/definitions.yaml'), 'utf8')) as { id: string }[]) {
		pages.set(`metrics/definitions.yaml#${metric.id}`, `metrics/${metric.id}/index.html`);
	}
	for (const persona of Object.keys(parse(readFileSync(path.join(CONTENT, 'guides/paths.yaml'), 'utf8')))) {
		pages.set(`guides/paths.yaml#${persona}`, `start/${persona}/index.html`);
	}
	return pages;
}

describe('the example site build', () => {
	beforeAll(() => {
		build([], '');
	}, 180_000);

	it('turns every persona, journey, roadmap item, decision, guide, metric and onboarding path into its page', () => {
		const expected = expectedPages();
		expect(expected.size).toBeGreaterThan(80);
		const missing = [...expected].filter(([, page]) => !existsSync(path.join(DIST, page)));
		expect(missing).toEqual([]);
	});

	it('builds the index pages and the home page', () => {
		for (const page of [
			'index.html',
			'roadmap/index.html',
			'roadmap/shipped/index.html',
			'decisions/index.html',
			'personas/index.html',
			'journeys/index.html',
			'guides/index.html',
			'start/index.html',
			'metrics/index.html',
		]) {
			expect(existsSync(path.join(DIST, page)), page).toBe(true);
		}
	});

	it('builds a production site with a search index', () => {
		expect(existsSync(path.join(DIST, 'pagefind/pagefind.js'))).toBe(true);
		expect(readFileSync(path.join(DIST, 'index.html'), 'utf8')).not.toContain('Search is only available in production builds');
	});
});

describe('a build of untrusted content', () => {
	const work = mkdtempSync(path.join(tmpdir(), 'trailmap-hostile-'));
	const content = path.join(work, 'content');
	const out = path.join(work, 'dist');

	beforeAll(() => {
		cpSync(path.resolve('tests/fixtures/minimal'), content, { recursive: true });
		const hostile = (file: string, from: string, to: string) => replaceInFile(path.join(content, file), from, to);
		hostile(
			'roadmap/service-mesh.yaml',
			'title: Service mesh',
			'title: "Mesh </title><img src=x onerror=alert(1)><script>alert(2)</script>"',
		);
		hostile('guides/basics/access.mdx', 'title: Get access', 'title: "Access </title><script>alert(3)</script>"');
		hostile('personas/app-developer.yaml', '  - I just want to deploy.', '  - "<script>alert(4)</script>"');
		build(['--outDir', out], content);
		return () => {
			rmSync(work, { recursive: true, force: true });
			rmSync(contentCacheDir(content), { recursive: true, force: true });
		};
	}, 180_000);

	it('renders markup in YAML and front matter strings as text on every page', () => {
		const item = readFileSync(path.join(out, 'roadmap/service-mesh/index.html'), 'utf8');
		expect(item).toContain('Mesh &lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
		const pages = filesUnder(out).filter((file) => file.endsWith('.html'));
		// Inside a quoted attribute value markup is inert, so only what stands outside one counts.
		const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');
		const unsafe = pages.filter((file) => /<script>alert|<img src=x/.test(outsideAttributes(readFileSync(path.join(out, file), 'utf8'))));
		expect(unsafe).toEqual([]);
	});

	it('follows a body renamed from .mdx to .md between builds', () => {
		renameSync(path.join(content, 'roadmap/service-templates.mdx'), path.join(content, 'roadmap/service-templates.md'));
		replaceInFile(path.join(content, 'roadmap/service-templates.md'), 'Pick a template', 'Pick a *template*');
		build(['--outDir', out], content);
		expect(readFileSync(path.join(out, 'roadmap/service-templates/index.html'), 'utf8')).toContain('Pick a <em>template</em>');
		renameSync(path.join(content, 'roadmap/service-templates.md'), path.join(content, 'roadmap/service-templates.mdx'));
		build(['--outDir', out], content);
		expect(readFileSync(path.join(out, 'roadmap/service-templates/index.html'), 'utf8')).toContain('Pick a <em>template</em>');
	}, 120_000);

	it('builds only the chosen content folder, with nothing left over from another build', () => {
		expect(existsSync(path.join(out, 'roadmap/service-mesh/index.html'))).toBe(true);
		expect(existsSync(path.join(out, 'roadmap/preview-environments/index.html'))).toBe(false);
		expect(
			filesUnder(path.join(out, 'roadmap'))
				.filter((file) => file.endsWith('index.html'))
				.sort(),
		).toEqual([
			'index.html',
			'namespace-self-service/index.html',
			'service-mesh/index.html',
			'service-templates/index.html',
			'shipped/index.html',
		]);
	});
});

describe('an incremental rebuild', () => {
	const work = mkdtempSync(path.join(tmpdir(), 'trailmap-incremental-'));
	const content = path.join(work, 'content');
	const out = path.join(work, 'dist');
	const page = (route: string) => readFileSync(path.join(out, route, 'index.html'), 'utf8');
	const edit = (file: string, from: string, to: string) => replaceInFile(path.join(content, file), from, to);
	let log = '';

	beforeAll(() => {
		cpSync(path.resolve('tests/fixtures/minimal'), content, { recursive: true });
		build(['--outDir', out], content);
		edit('roadmap/service-mesh.yaml', 'lastReviewed: 2026-05-01', 'lastReviewed: 2026-05-02');
		log = build(['--outDir', out], content);
		edit('decisions/0002-golden-path-templates.mdx', 'title: Golden-path templates over Helm', 'title: Golden-path templates replace Helm');
		edit('metrics/snapshots/2026-03-31.csv', '2026-03-31,onboarding-days,5,,', '2026-03-31,onboarding-days,4.5,,');
		build(['--outDir', out], content);
		return () => {
			rmSync(work, { recursive: true, force: true });
			rmSync(contentCacheDir(content), { recursive: true, force: true });
		};
	}, 180_000);

	it('re-renders the edited page', () => {
		expect(page('roadmap/service-mesh')).toContain('2026-05-02');
	});

	it('re-renders pages that show what another edit changed', () => {
		expect(page('roadmap/namespace-self-service')).toContain('Golden-path templates replace Helm');
		expect(page('decisions/0001-use-templates')).toContain('Golden-path templates replace Helm');
	});

	it('reloads an edited metric snapshot', () => {
		expect(page('metrics/onboarding-days')).toContain('4.5 days');
	});

	it('restores the pages an edit did not change from the previous build', () => {
		expect(log).toMatch(/roadmap\/namespace-self-service\/index\.html \(restored\)/);
		expect(log).not.toMatch(/roadmap\/service-mesh\/index\.html \(restored\)/);
		expect(log).toMatch(/personas\/data-engineer\/index\.html \(restored\)/);
		expect(page('personas/data-engineer')).toContain('Dev, data engineer');
	});
});
