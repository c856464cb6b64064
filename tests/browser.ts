import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Where a real Chromium can be found, in order: CHROMIUM_PATH, the Debian and Ubuntu packages'
 * paths, then Playwright's own build where `npx playwright install chromium` has fetched it.
 */
const candidates = () => [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	chromium.executablePath(),
];

/** The first Chromium executable on this machine, or undefined when there is none. */
export function findChromium(): string | undefined {
	return candidates().find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
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
