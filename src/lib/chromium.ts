import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/**
 * Where a real Chromium can be found: CHROMIUM_PATH when it is set (an explicit choice: nothing
 * else is tried, so pointing it nowhere turns the browser off), else the Debian and Ubuntu
 * packages' paths, then Playwright's own build where `npx playwright install chromium` fetched it.
 */
function candidates(): string[] {
	const chosen = process.env.CHROMIUM_PATH;
	if (chosen) return [chosen];
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', chromium.executablePath()];
}

/** The first Chromium executable on this machine, or undefined when there is none. */
export function findChromium(): string | undefined {
	return candidates().find((candidate) => candidate !== '' && existsSync(candidate));
}

/** Flags for a headless Chromium on a closed network, run as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
