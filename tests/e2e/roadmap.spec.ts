import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAxeClean(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
	expect(
		results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
	).toEqual([]);
}

const cards = (page: Page) => page.locator('.tm-board .tm-column-cards > li');

test('the board filters start from the query string, keep it in step, update the counts and pass axe', async ({ page }) => {
	await page.goto('/roadmap/?persona=sre&area=observability');
	const form = page.getByRole('form', { name: 'Filter the roadmap' });
	await expect(form.getByLabel('Persona')).toHaveValue('sre');
	await expect(form.getByLabel('Area')).toHaveValue('observability');
	const total = await cards(page).count();
	const shown = await cards(page).locator(':scope:not([hidden])').count();
	expect(shown).toBeGreaterThan(0);
	expect(shown).toBeLessThan(total);
	await expect(form.locator('output')).toHaveText(`Showing ${shown} of ${total} items`);
	// Each column's count is the number of its cards left visible.
	for (const column of await page.locator('.tm-board [data-column]').all()) {
		const visible = await column.locator('.tm-column-cards > li:not([hidden])').count();
		await expect(column.locator('.tm-column-count [data-count-of]')).toHaveText(String(visible));
	}
	await expectAxeClean(page);

	await form.getByLabel('Words').fill('postmortem');
	await expect(page).toHaveURL(/\?area=observability&persona=sre&q=postmortem$/);
	await expect(cards(page).locator(':scope:not([hidden])')).toHaveCount(1);
	await page.reload();
	await expect(form.getByLabel('Words')).toHaveValue('postmortem');
	await expect(cards(page).locator(':scope:not([hidden])')).toHaveCount(1);

	await form.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).toHaveURL(/\/roadmap\/$/);
	await expect(cards(page).locator(':scope:not([hidden])')).toHaveCount(total);
});

test('without JavaScript the board shows every open item, grouped, and no filters that could not work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/roadmap/?persona=sre');
	await expect(page.getByRole('form', { name: 'Filter the roadmap' })).toBeHidden();
	const total = await cards(page).count();
	expect(total).toBeGreaterThan(10);
	await expect(cards(page).locator(':scope:not([hidden])')).toHaveCount(total);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Now/, /^Next/, /^Later/, /^Exploring/]);
	await context.close();
});

test('the priorities table sorts by a column and passes axe, and so does an item page', async ({ page }) => {
	await page.goto('/roadmap/priorities/');
	const table = page.getByRole('table', { name: /scored with RICE/ });
	const scores = async () => (await table.locator('tbody tr td:last-child').allTextContents()).map(Number);
	const initial = await scores();
	expect(initial).toEqual(initial.toSorted((a, b) => b - a));
	await table.getByRole('button', { name: 'Score' }).click();
	await expect(table.getByRole('columnheader', { name: 'Score' })).toHaveAttribute('aria-sort', 'ascending');
	expect(await scores()).toEqual(initial.toSorted((a, b) => a - b));
	await expectAxeClean(page);

	await page.goto('/roadmap/preview-environments/');
	await expect(page.getByRole('heading', { name: 'How it moved' })).toBeVisible();
	await expectAxeClean(page);
});
