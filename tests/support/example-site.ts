import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';
import { ROOT, buildSite } from './astro-site.ts';

/** The example content, whatever TRAILMAP_CONTENT_DIR says: the tests know its pages. */
export const EXAMPLE_CONTENT = path.join(ROOT, 'content');

/** Where the tests keep their build of the example: out of the working copy's dist/, with a cache of its own. */
const HOME = path.join(ROOT, 'node_modules/.cache/trailmap-tests/example');
const OUT_DIR = path.join(HOME, 'dist');
const STAMP = path.join(HOME, 'inputs.sha256');

/** What a build of the example reads: sources, content, settings and the exact dependencies. */
const INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SETTINGS = ['TRAILMAP_SITE_URL', 'TRAILMAP_BASE'];

function inputsHash(): string {
	const hash = createHash('sha256');
	for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	for (const input of INPUTS) {
		const absolute = path.join(ROOT, input);
		const files = statSync(absolute).isDirectory() ? filesUnder(absolute).map((file) => `${input}/${file}`) : [input];
		for (const file of files) {
			const bytes = readFileSync(path.join(ROOT, file));
			hash.update(`${file}\0${bytes.length}\0`).update(bytes);
		}
	}
	return hash.digest('hex');
}

/**
 * The example site built from the sources as they are, for the build tests and the browser tests
 * alike: built when no build of these exact inputs exists yet, else reused (an `npm test` run builds
 * it once, for vitest, and Playwright serves that build). Returns its folder. Not safe to call from
 * two processes at once: they would build into the same folder.
 */
export async function exampleSite(): Promise<string> {
	const hash = inputsHash();
	if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return OUT_DIR;
	rmSync(STAMP, { force: true });
	await buildSite({ content: EXAMPLE_CONTENT, outDir: OUT_DIR, cacheDir: path.join(HOME, 'cache') });
	writeFileSync(STAMP, hash);
	return OUT_DIR;
}
