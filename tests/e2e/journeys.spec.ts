import { expect, test } from '@playwright/test';
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

test('without a Chromium at build time, the build says so once and the reader’s browser draws the diagrams', async ({ browser }) => {
	test.setTimeout(300_000);
	const content = new ContentCopy();
	try {
		content.replace(
			'guides/basics/access.mdx',
			'1. Ask for access.',
			'1. Ask for access.\n\n```mermaid\nflowchart LR\n  Ask --> Wait --> Work\n```\n',
		);
		const outDir = content.beside('dist');
		const log = await buildSite({
			content: content.dir,
			outDir,
			cacheDir: content.beside('cache'),
			env: { CHROMIUM_PATH: '/nonexistent/chromium' },
		});
		expect(log.filter((line) => line.includes('no Chromium found'))).toHaveLength(1);
		const { url, stop } = await previewSite(content.dir, outDir);
		try {
			const page = await browser.newPage();
			await page.goto(`${url}/guides/basics/access/`);
			await expect(page.locator('pre.mermaid svg')).toBeVisible({ timeout: 30_000 });
			await expect(page.locator('pre.mermaid svg').getByText('Wait', { exact: true })).toBeVisible();
			// Pages without a diagram never load mermaid.
			const requests: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			await page.goto(`${url}/personas/app-developer/`);
			await page.waitForLoadState('networkidle');
			expect(requests.filter((request) => request.includes('mermaid'))).toEqual([]);
		} finally {
			await stop();
		}
	} finally {
		content.dispose();
	}
});
