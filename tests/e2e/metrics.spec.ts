import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

// Each test reads a page without JavaScript, then runs axe on it in two schemes.
test.slow();

/** Axe's violations on `path` in each colour scheme, as "scheme rule: targets". */
async function violations(page: Page, path: string): Promise<string[]> {
	const found: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		found.push(
			...results.violations.map(
				(violation) => `${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
			),
		);
	}
	return found;
}

/** A page of the example site on a phone with JavaScript off: charts are drawn at build, so they must be there. */
async function withoutScript(browser: Browser, path: string): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
	const page = await context.newPage();
	await page.goto(path);
	return { page, close: () => context.close() };
}

test('a metric page shows its chart, team charts and tables without JavaScript, and passes axe in both schemes', async ({
	browser,
	page,
}) => {
	const noJs = await withoutScript(browser, '/metrics/change-lead-time/');
	const chart = noJs.page.locator('figure.tm-chart-figure svg[role="img"]').first();
	await expect(chart).toBeVisible();
	expect(await chart.getAttribute('aria-labelledby')).toBe('chart-change-lead-time-title chart-change-lead-time-desc');
	await expect(chart.locator('title')).toHaveText('Change lead time over time');
	await expect(chart.locator('.tm-chart-target')).toHaveCount(1);
	expect(await chart.locator('rect.tm-chart-band').count()).toBeGreaterThan(0);
	expect((await chart.boundingBox())?.width).toBeGreaterThan(300);
	await expect(noJs.page.getByRole('table', { name: 'Change lead time by snapshot date, newest first' })).toBeVisible();
	expect(await noJs.page.locator('.tm-small-multiples svg[role="img"]').count()).toBeGreaterThan(1);
	await expect(noJs.page.getByRole('table', { name: 'Roadmap items meant to move Change lead time' })).toBeVisible();
	expect(await noJs.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
	await noJs.close();
	expect(await violations(page, '/metrics/change-lead-time/')).toEqual([]);
});

test('the metrics dashboard shows a sparkline on every measured metric without JavaScript, and passes axe in both schemes', async ({
	browser,
	page,
}) => {
	const noJs = await withoutScript(browser, '/metrics/');
	const sparks = noJs.page.locator('.tm-stat svg.tm-spark[role="img"]');
	expect(await sparks.count()).toBeGreaterThan(10);
	expect(await sparks.count()).toBe(await noJs.page.locator('.tm-stat').count());
	await expect(sparks.first()).toBeVisible();
	await expect(noJs.page.locator('.tm-stat').filter({ hasText: 'Developer NPS' }).locator('.tm-stat-facts')).toContainText('since');
	await noJs.close();
	expect(await violations(page, '/metrics/')).toEqual([]);
});
