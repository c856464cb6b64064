import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';
import { findChromium } from '../../src/lib/chromium.ts';

test.skip(!findChromium(), 'no Chromium on this machine: install the chromium package to run the browser tests');
test.describe.configure({ mode: 'parallel' });

const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Served for any missing address; not in the sitemap. */
const NOT_FOUND = '/this-page-does-not-exist/';

/** Every page the sitemap lists, as paths; the browser's XML parser reads the sitemap. */
async function sitePaths(page: Page): Promise<string[]> {
	const response = await page.request.get('sitemap-0.xml');
	expect(response.ok(), 'the build writes sitemap-0.xml').toBe(true);
	const xml = await response.text();
	return page.evaluate(
		(text) =>
			[...new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('loc')].map(
				(loc) => new URL(loc.textContent ?? '').pathname,
			),
		xml,
	);
}

/**
 * The pages worth a browser's time: every page that is not an entry of a collection (home, indexes,
 * archives), and of each collection's entry pages the largest, the one with the longest title and
 * the first, since long content and long names are what break a layout; plus the not-found page.
 * Entry pages of one type share one template, so three of each find what all of them would.
 */
async function pagesToSee(page: Page): Promise<string[]> {
	const paths = await sitePaths(page);
	const documents = await Promise.all(paths.map(async (path) => ({ path, html: await (await page.request.get(path)).text() })));
	const measured = await page.evaluate(
		(docs) =>
			docs.map(({ path, html }) => ({
				path,
				size: html.length,
				title: new DOMParser().parseFromString(html, 'text/html').title.length,
			})),
		documents,
	);
	const byType = Map.groupBy(measured, ({ path }) => {
		const segments = path.split('/').filter(Boolean);
		return segments.length < 2 ? path : segments[0];
	});
	const chosen = new Set<string>();
	for (const pages of byType.values()) {
		chosen.add(pages[0].path);
		chosen.add(pages.reduce((a, b) => (b.size > a.size ? b : a)).path);
		chosen.add(pages.reduce((a, b) => (b.title > a.title ? b : a)).path);
	}
	return [...chosen, NOT_FOUND];
}

/** What is wrong with the page's layout: sideways scrolling, and ids, dates, numbers or badges that break across lines. */
function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth) problems.push(`scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);
		for (const element of document.querySelectorAll<HTMLElement>('.tm-nowrap')) {
			const rects = element.getClientRects();
			if (rects.length === 0) continue;
			const style = getComputedStyle(element);
			const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
			if (rects.length > 1 || element.getBoundingClientRect().height > line * 1.6) {
				problems.push(`breaks across lines: "${element.textContent?.trim()}"`);
			}
		}
		return problems;
	});
}

/**
 * Each width is a test, and each page is visited once per width and seen in light, then in dark:
 * the page follows the system scheme, so switching it needs no second visit. axe takes a second a
 * page, so each page is checked by axe once, in one of the four width and scheme pairs in turn.
 */
for (const [w, width] of WIDTHS.entries()) {
	test(`every kind of page at ${width}px, light and dark: no sideways scroll, nothing that must not break broken, axe clean`, async ({
		browser,
		baseURL,
	}) => {
		test.setTimeout(300_000);
		const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
		const page = await context.newPage();
		const failures: string[] = [];
		for (const [i, path] of (await pagesToSee(page)).entries()) {
			for (const [s, scheme] of SCHEMES.entries()) {
				await page.emulateMedia({ colorScheme: scheme });
				if (s === 0) {
					const response = await page.goto(path);
					expect(response?.status(), path).toBe(path === NOT_FOUND ? 404 : 200);
				}
				await expect(page.locator('html'), path).toHaveAttribute('data-theme', scheme);
				for (const problem of await layoutProblems(page)) failures.push(`${path} in ${scheme}: ${problem}`);
				if (i % (WIDTHS.length * SCHEMES.length) !== s * WIDTHS.length + w) continue;
				// No page embeds a frame, so axe runs in the page itself rather than opening a page per run: three times faster.
				const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
				for (const violation of results.violations) {
					failures.push(`${path} in ${scheme}: axe ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
				}
			}
		}
		await context.close();
		expect(failures).toEqual([]);
	});
}

/** The page's background colour as the luminance of its RGB channels, 0 black to 1 white. */
const backgroundLuminance = (page: Page) =>
	page.evaluate(() => {
		const channels = getComputedStyle(document.body)
			.backgroundColor.match(/\d+(\.\d+)?/g)
			?.slice(0, 3)
			.map(Number) ?? [0, 0, 0];
		const [r, g, b] = channels.map((channel) => channel / 255);
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	});

for (const scheme of SCHEMES) {
	test(`without JavaScript a system that prefers ${scheme} gets a ${scheme} page, and no theme picker that cannot work`, async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme: scheme });
		const page = await context.newPage();
		for (const path of ['/', '/roadmap/']) {
			await page.goto(path);
			const luminance = await backgroundLuminance(page);
			if (scheme === 'light') expect(luminance, path).toBeGreaterThan(0.9);
			else expect(luminance, path).toBeLessThan(0.2);
			await expect(page.locator('starlight-theme-select').first()).toBeHidden();
		}
		await context.close();
	});
}

test('with JavaScript the theme picker still rules: dark chosen on a light system stays dark', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL, colorScheme: 'light' });
	await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
	const page = await context.newPage();
	await page.goto('/');
	expect(await backgroundLuminance(page)).toBeLessThan(0.2);
	await context.close();
});
