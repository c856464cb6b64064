import { expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

test('the search page narrows results by a facet, keeps its state in the URL, and reads a shared link back', async ({ page }) => {
	await page.goto('/search/?q=kubernetes');
	const status = page.locator('.tm-search-status');
	await expect(status).toContainText(/^\d+ pages/, { timeout: 15_000 });
	const all = Number((await status.textContent())?.match(/^\d+/)?.[0]);

	await page
		.getByRole('group', { name: 'Type' })
		.getByRole('checkbox', { name: /Decision record/ })
		.check();
	await expect(page).toHaveURL(/[?&]type=Decision\+record/);
	await expect(async () => {
		const links = await page
			.locator('.tm-search-list a')
			.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(links.length).toBeGreaterThan(0);
		expect(links.every((path) => path.startsWith('/decisions/'))).toBe(true);
	}).toPass({ timeout: 15_000 });
	const narrowed = Number((await status.textContent())?.match(/^\d+/)?.[0]);
	expect(narrowed).toBeLessThan(all);

	await page.goto(page.url());
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Decision record/ })).toBeChecked();
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('kubernetes');
	await expect(status).toContainText(`${narrowed} pages`, { timeout: 15_000 });
});

test('search corrects a transposed letter and finds a persona by a word it is also called', async ({ page }) => {
	await page.goto('/search/?q=kuberentes');
	await expect(page.locator('.tm-search-status')).toContainText('for “kubernetes”', { timeout: 15_000 });
	await page.goto('/search/?q=backend');
	await expect(page.locator('.tm-search-list a', { hasText: 'Priya, product engineer' })).toBeVisible({ timeout: 15_000 });
});

test('Starlight’s search dialog says what kind of page each result is', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('preview environments');
	await expect(
		page.getByRole('dialog').locator('a', { hasText: 'Preview environments per pull request · Roadmap item' }).first(),
	).toBeVisible({
		timeout: 15_000,
	});
});
