import { existsSync } from 'node:fs';

/** Where a real Chromium can be found: CHROMIUM_PATH, then the Debian and Ubuntu packages' paths. */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The first Chromium executable on this machine, or undefined when there is none. */
export function findChromium(): string | undefined {
	return CANDIDATES.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate!));
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
