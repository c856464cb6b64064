import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

/** The record labels of the rows the log shows, in order. */
const shownRecords = (page: Page) => page.locator('tr[data-decided]:visible th').allInnerTexts();

const axe = (page: Page) =>
	new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze()
		.then((results) =>
			results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
		);

test('the log filters and sorts through the query string, and a shared link opens the same view', async ({ page }) => {
	await page.goto('/decisions/?tag=kubernetes&status=accepted');
	await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('accepted');
	await expect(page.getByRole('combobox', { name: 'Tag' })).toHaveValue('kubernetes');
	expect(await shownRecords(page)).toEqual(['ADR-0018', 'ADR-0015', 'ADR-0013', 'ADR-0006', 'ADR-0002']);
	await expect(page.getByText('Showing 5 of 18 records.')).toBeVisible();
	// Counts follow the other filters: of the kubernetes records, one is deprecated.
	await expect(page.getByRole('combobox', { name: 'Status' }).locator('option[value="deprecated"]')).toHaveText('deprecated (1)');

	await page.getByRole('combobox', { name: 'Status' }).selectOption('deprecated');
	await expect(page).toHaveURL(/\/decisions\/\?status=deprecated&tag=kubernetes$/);
	expect(await shownRecords(page)).toEqual(['ADR-0007']);
	await expect(page.locator('[data-year-group="2026"]')).toBeHidden();
	await expect(page.locator('[data-year-group="2024"] [data-year-count]')).toHaveText('1 of 8 records');

	await page.reload();
	expect(await shownRecords(page)).toEqual(['ADR-0007']);

	// A tag in the table links to the log filtered by it, in place.
	await page.locator('#record-0007').getByRole('link', { name: 'clusters' }).click();
	await expect(page).toHaveURL(/\/decisions\/\?tag=clusters$/);
	expect(await shownRecords(page)).toEqual(['ADR-0018', 'ADR-0007']);
	await page.goBack();
	await expect(page).toHaveURL(/\?status=deprecated&tag=kubernetes$/);
	expect(await shownRecords(page)).toEqual(['ADR-0007']);

	await page.getByRole('link', { name: 'Clear filters' }).click();
	await page.getByRole('combobox', { name: 'Order' }).selectOption('number-asc');
	await expect(page).toHaveURL(/\/decisions\/\?sort=number-asc$/);
	expect((await shownRecords(page)).slice(0, 3)).toEqual(['ADR-0001', 'ADR-0002', 'ADR-0003']);
});

test('without JavaScript the log shows every record, grouped by year, and no filters that would not work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/decisions/?status=accepted');
	await expect(page.locator('tr[data-decided]:visible')).toHaveCount(18);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^2026/, /^2025/, /^2024/]);
	await expect(page.locator('form[data-decision-filters]')).toBeHidden();
	await context.close();
});

test('the filtered log and a deprecated record pass axe in dark mode', async ({ page }) => {
	// Two axe runs: each takes seconds on a busy machine.
	test.setTimeout(90_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/decisions/?status=superseded');
	await expect(page.getByText('Showing 2 of 18 records.')).toBeVisible();
	expect(await axe(page)).toEqual([]);
	await page.goto('/decisions/0007-single-shared-cluster/');
	await expect(page.locator('.tm-decision-banner')).toContainText('Deprecated on 2026-09-15.');
	expect(await axe(page)).toEqual([]);
});
