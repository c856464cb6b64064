import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser.ts';

const chromium = findChromium();
if (!chromium) {
	const message =
		"No Chromium found (looked at CHROMIUM_PATH, the chromium and google-chrome packages' paths, and Playwright's own build). " +
		'Install one with `apt-get install chromium` or `npx playwright install chromium`.';
	if (process.env.CI) throw new Error(`${message} Browser tests must run in CI.`);
	console.warn(`\n*** BROWSER TESTS SKIPPED: ${message}\n`);
}

const port = 4322;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	workers: 2,
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
