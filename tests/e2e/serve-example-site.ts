import { findChromium } from '../../src/lib/chromium.ts';
import { previewSite } from '../support/astro-site.ts';
import { EXAMPLE_CONTENT, exampleSite } from '../support/example-site.ts';

/**
 * Playwright global setup: builds the example site (or finds this run's build), serves it on a free
 * port and hands the address to the tests in TRAILMAP_TEST_URL; returns the teardown that stops it.
 */
export default async function serveExampleSite(): Promise<(() => Promise<void>) | undefined> {
	// Without a Chromium every browser test is skipped (see playwright.config.ts), so there is nothing to serve.
	if (!findChromium()) return undefined;
	const { url, stop } = await previewSite(EXAMPLE_CONTENT, await exampleSite());
	process.env.TRAILMAP_TEST_URL = url;
	return stop;
}
