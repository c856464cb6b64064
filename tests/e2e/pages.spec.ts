import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');

/** The home page, one page of every type, every index page and the 404 page, with the heading each must show (layout.spec.ts runs axe). */
const PAGES = [
	['/', 'Runway'],
	['/roadmap/', 'Roadmap'],
	['/roadmap/preview-environments/', 'Preview environments per pull request'],
	['/roadmap/shipped/', 'Shipped and declined'],
	['/roadmap/timeline/', 'Roadmap timeline'],
	['/decisions/', 'Decision log'],
	['/decisions/0009-github-actions-for-ci/', 'ADR-0009'],
	['/personas/app-developer/', 'Priya'],
	['/journeys/first-service/', 'Ship a new service to production'],
	['/guides/basics/local-setup/', 'Set up your laptop'],
	['/start/new-joiner/', 'Your first two weeks on Runway'],
	['/metrics/developer-nps/', 'Developer NPS'],
	['/personas/', 'Personas'],
	['/journeys/', 'Developer journeys'],
	['/pain-map/', 'Pain map'],
	['/guides/', 'Guides'],
	['/start/', 'Get started'],
	['/metrics/', 'Metrics'],
	['/this-page-does-not-exist/', 'Page not found'],
] as const;

for (const [path, heading] of PAGES) {
	test(`${path} loads with its heading, without console errors or failed requests`, async ({ page }) => {
		const expectedStatus = path.startsWith('/this-page') ? 404 : 200;
		const errors: string[] = [];
		page.on('console', (message) => {
			// Chromium logs the 404 page's own status as a console error; any other failed request is caught below.
			const ownStatus = expectedStatus === 404 && message.text().includes('status of 404');
			if (message.type() === 'error' && !ownStatus) errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('response', (response) => {
			if (response.status() >= 400 && response.url() !== new URL(path, response.url()).href)
				errors.push(`${response.status()} ${response.url()}`);
		});
		const response = await page.goto(path);
		expect(response?.status()).toBe(expectedStatus);
		await expect(page.locator('h1')).toContainText(heading);
		expect(errors).toEqual([]);
	});
}

test("the field reference passes axe on its type links and a type's table", async ({ page }) => {
	await page.goto('/reference/fields/');
	await expect(page.locator('h1')).toContainText('Field reference');
	await expect(page.getByRole('table', { name: 'Roadmap item fields' })).toBeVisible();
	// The whole page is 160 table rows; one type's table has every kind of cell the others have.
	const results = await new AxeBuilder({ page })
		.include('.tm-reference-types')
		.include('section[aria-labelledby="roadmap"]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

for (const path of ['/roadmap/', '/journeys/first-service/']) {
	test(`dark mode passes axe on ${path}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(path);
		const results = await new AxeBuilder({ page }).withTags(['wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	});
}

test('pages read without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/roadmap/');
	await expect(page.getByRole('link', { name: 'Preview environments per pull request' })).toBeVisible();
	await context.close();
});

test('Starlight search finds a roadmap item by a word from its summary', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill('quarantine');
	const result = dialog.locator('a[href*="/roadmap/e2e-test-flake-detection/"]').first();
	await expect(result).toBeVisible({ timeout: 15_000 });
	await result.click();
	await expect(page).toHaveURL(/\/roadmap\/e2e-test-flake-detection\/$/);
});
