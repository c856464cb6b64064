import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { siteContentOf } from '../../src/domain/site-content.ts';
import { findChromium } from '../../src/lib/chromium.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { buildSite, previewSite } from '../support/astro-site.ts';
import { ContentCopy } from '../support/content-copy.ts';
import { EXAMPLE_CONTENT } from '../support/example-site.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

test('a journey diagram is inline SVG drawn at build time, named and described, in the page’s colour scheme', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/journeys/first-service/');
		const diagram = page.locator(`.tm-diagram .tm-mermaid-${scheme} svg`);
		await expect(diagram).toBeVisible();
		await expect(page.locator(`.tm-diagram .tm-mermaid-${scheme === 'light' ? 'dark' : 'light'} svg`)).toBeHidden();
		await expect(diagram).toHaveAccessibleName('Ship a new service to production: how each step feels');
		await expect(diagram).toHaveAccessibleDescription(/lowest point is/);
		// Mermaid drew the steps: the task names are SVG text, not source.
		await expect(diagram.getByText('Create the repository', { exact: true }).first()).toBeVisible();
	}
	await expect(page.locator('pre.mermaid')).toHaveCount(0);
	await expect(page.getByRole('img', { name: 'Emotion curve' })).toBeVisible();
});

test('the pain map lists every pain once and filters by persona', async ({ page }) => {
	const content = siteContentOf((await readContent(EXAMPLE_CONTENT)).content);
	await page.goto('/pain-map/');
	const pains = page.locator('.tm-painmap > li');
	await expect(pains).toHaveCount(content.relations.pains.size);
	const targets = await pains.locator('.tm-painmap-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
	expect(new Set(targets).size).toBe(content.relations.pains.size);
	await page.getByLabel('Show pains of').selectOption('data-engineer');
	await expect(page).toHaveURL(/\?persona=data-engineer$/);
	const shown = await pains.evaluateAll((items) => (items as HTMLElement[]).filter((item) => !item.hidden).length);
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(content.relations.pains.size);
	await page.reload();
	await expect(page.getByLabel('Show pains of')).toHaveValue('data-engineer');
});

test('onboarding: Mark as done persists across reloads and counts towards each path', async ({ page }) => {
	await page.goto('/start/app-developer/');
	await expect(page.getByText('0 of 8 done')).toBeVisible();
	const first = page.getByRole('checkbox', { name: /^Mark as done\W+Get your accounts and access$/ });
	await first.check();
	await expect(page.getByText('1 of 8 done')).toBeVisible();
	await page.reload();
	await expect(first).toBeChecked();
	await page.goto('/start/');
	await expect(page.getByText('1 of 8 done')).toBeVisible();
	await expect(page.getByText('1 of 7 done').first()).toBeVisible();
	// A guide reached from a path shows its place in that path only, with the next step in the same path.
	await page.goto('/guides/basics/access-and-accounts/?path=sre');
	await expect(page.getByRole('checkbox', { name: /^Mark as done\W+Get your accounts and access$/ })).toBeChecked();
	const places = page.locator('.tm-path-step:visible');
	await expect(places).toHaveCount(1);
	await expect(places).toContainText('Step 1 of 7 in the path for Site reliability engineer');
	await expect(places.getByRole('link', { name: 'Set up your laptop' })).toHaveAttribute('href', /\?path=sre$/);
});

/**
 * One small build serves two checks: it is built without a Chromium (the reader's browser draws the
 * diagrams) and under a base path (everything must live under /handbook/), as a site hosted on a
 * sub-path of GitHub Pages would be.
 */
test.describe('a site built without a Chromium, under a base path', () => {
	test.describe.configure({ mode: 'serial' });
	const BASE = '/handbook/';
	const content = new ContentCopy();
	let site: { url: string; stop: () => Promise<void> } | undefined;
	let log: string[] = [];

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		content.replace(
			'guides/basics/access.mdx',
			'1. Ask for access.',
			'1. Ask for access.\n\n```mermaid\nflowchart LR\n  Ask --> Wait --> Work\n```\n',
		);
		const outDir = content.beside('dist');
		const env = { CHROMIUM_PATH: '/nonexistent/chromium', TRAILMAP_BASE: BASE };
		log = await buildSite({ content: content.dir, outDir, cacheDir: content.beside('cache'), env });
		site = await previewSite(content.dir, outDir, env);
	});
	test.afterAll(async () => {
		await site?.stop();
		content.dispose();
	});

	test('the build says once that it has no Chromium, and the reader’s browser draws the diagrams', async ({ page }) => {
		expect(log.filter((line) => line.includes('no Chromium found'))).toHaveLength(1);
		await page.goto(`${site!.url}${BASE}guides/basics/access/`);
		await expect(page.locator('pre.mermaid svg')).toBeVisible({ timeout: 30_000 });
		await expect(page.locator('pre.mermaid svg').getByText('Wait', { exact: true })).toBeVisible();
		// Pages without a diagram never load mermaid.
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`${site!.url}${BASE}personas/app-developer/`);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((request) => request.includes('mermaid'))).toEqual([]);
	});

	test('body links, search, feeds, the API and social cards all stay under the base path', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		const under = (url: string | undefined) => new URL(url ?? '', site!.url).pathname.startsWith(BASE);

		// A site-relative link written in a body, and every link and asset of the page, carry the base.
		await page.goto(`${site!.url}${BASE}guides/basics/setup/`);
		const hrefs = await page
			.locator('a[href^="/"], link[href^="/"], script[src^="/"], img[src^="/"]')
			.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
		expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
		await page.locator('.sl-markdown-content').getByRole('link', { name: 'roadmap', exact: true }).click();
		await expect(page).toHaveURL(`${site!.url}${BASE}roadmap/`);

		// Search loads its index from under the base and leads to a page there.
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('templates');
		const result = page.getByRole('dialog').locator('a[href*="/decisions/"]').first();
		await expect(result).toBeVisible({ timeout: 15_000 });
		await result.click();
		await expect(page).toHaveURL(new RegExp(`^${site!.url}${BASE}decisions/`));

		// Feeds, the JSON API and social cards give absolute URLs under the base.
		for (const feed of ['roadmap.xml', 'decisions.xml', 'changelog.xml']) {
			const response = await page.request.get(`${site!.url}${BASE}${feed}`);
			expect(response.ok(), feed).toBe(true);
			const parsed = await new Parser().parseString(await response.text());
			expect(parsed.items.length, feed).toBeGreaterThan(0);
			expect(
				parsed.items.filter((item) => !under(item.link)).map((item) => item.link),
				feed,
			).toEqual([]);
		}
		const api = (await (await page.request.get(`${site!.url}${BASE}api/roadmap.json`)).json()) as {
			items: { url: string }[];
			$schema: string;
		};
		expect(api.items.filter((item) => !under(item.url))).toEqual([]);
		expect(under(api.$schema)).toBe(true);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(under(image ?? undefined)).toBe(true);
		expect((await page.request.get(new URL(new URL(image!).pathname, site!.url).href)).ok()).toBe(true);
		expect(failed).toEqual([]);
	});
});
