import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRY_VIEWS, entryRoute } from '../../src/domain/registry.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { contentCacheDir } from '../../src/lib/content-layout.ts';
import { LAUNCH_VARIABLES } from '../../src/lib/stable-env.ts';

const FIXTURE = path.resolve('tests/fixtures/minimal');
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

/** Variables vitest puts in process.env (NODE_ENV=test, DEV=1, MODE=test...) that would turn a child build into a development build. */
const VITEST_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** This process's environment without vitest's, npm's or the launch variables: each build says how it was launched. */
function baseEnv(): NodeJS.ProcessEnv {
	const launch = new Set<string>(LAUNCH_VARIABLES);
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key) && !launch.has(key) && !key.startsWith('npm_')),
	);
}

/** Builds a content folder as a given launcher would start it; returns the log without colours. */
function build(content: string, out: string, launch: NodeJS.ProcessEnv): string {
	const env = { ...baseEnv(), ...launch, TRAILMAP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
	return stripVTControlCharacters(execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], { encoding: 'utf8', env }));
}

/** Pages a build log says were restored from the incremental cache, without the leading slash. */
const restoredPages = (log: string) => [...log.matchAll(/├─ \/(\S+) \(restored\)/g)].map((match) => match[1]).sort();

/** Trailmap's entry pages for a content folder, every one of which carries a cache key: a page per entry of each collection the registry gives a view. */
async function entryPages(content: string): Promise<string[]> {
	const { content: set } = await readContent(content);
	return (Object.keys(ENTRY_VIEWS) as (keyof typeof ENTRY_VIEWS)[])
		.flatMap((name) => set[name].map((entry) => `${entryRoute(name, entry.id)!.slice(1)}index.html`))
		.sort();
}

describe('a rebuild started another way', () => {
	const work = mkdtempSync(path.join(tmpdir(), 'trailmap-stable-env-'));
	const content = path.join(work, 'content');
	const out = path.join(work, 'dist');
	afterAll(() => {
		rmSync(work, { recursive: true, force: true });
		rmSync(contentCacheDir(content), { recursive: true, force: true });
	});

	it('restores every entry page, whatever launched the previous build', async () => {
		cpSync(FIXTURE, content, { recursive: true });
		// `npm run build`, then the same build from a shell: npm sets `_`, NODE and COLOR, the shell only `_`, to another value.
		build(content, out, { _: '/usr/bin/npm', NODE: process.execPath, COLOR: '0', npm_lifecycle_event: 'build' });
		const log = build(content, out, { _: path.resolve('node_modules/.bin/astro') });
		const expected = await entryPages(content);
		expect(expected).toHaveLength(18);
		expect(restoredPages(log)).toEqual(expected);
	}, 240_000);
});
