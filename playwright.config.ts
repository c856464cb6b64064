import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/lib/chromium.ts';

const chromium = findChromium();
if (!chromium) {
	const message =
		"No Chromium found (looked at CHROMIUM_PATH, the chromium and google-chrome packages' paths, and Playwright's own build). " +
		'Install one with `apt-get install chromium` or `npx playwright install chromium`.';
	if (process.env.CI) throw new Error(`${message} Browser tests must run in CI.`);
	console.warn(`\n*** BROWSER TESTS SKIPPED: ${message}\n`);
}

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	// Builds the example site and serves it on a free port; workers load this file again once TRAILMAP_TEST_URL is set.
	globalSetup: './tests/e2e/serve-example-site.ts',
	fullyParallel: true,
	workers: 2,
	use: {
		baseURL: process.env.TRAILMAP_TEST_URL,
		launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
