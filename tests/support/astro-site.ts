import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { build, preview, type AstroInlineConfig } from 'astro';

/** The project, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const LOG_LINES = fileURLToPath(new URL('log-lines.mjs', import.meta.url));
/** The array tests/support/log-lines.mjs fills with the running build's lines. */
const LOG_SINK = Symbol.for('trailmap.tests.buildLog');

/** Variables vitest puts in process.env (NODE_ENV=test, DEV=1, MODE=test...) that would turn a build into a development build. */
const TEST_RUNNER_VARIABLES = /^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** Astro commands run one at a time: they share process.env and the project's .astro/ folder. */
let queue: Promise<unknown> = Promise.resolve();

/** Runs an Astro command in this process as `npm run` would run it on a content folder, with `env` added to the environment. */
function asCommand<T>(content: string, command: () => Promise<T>, env: Record<string, string> = {}): Promise<T> {
	const run = queue.then(async () => {
		const saved = { ...process.env };
		for (const key of Object.keys(process.env)) if (TEST_RUNNER_VARIABLES.test(key)) delete process.env[key];
		// astro.config.mjs and src/content.config.ts read the content folder from here when they load.
		process.env.TRAILMAP_CONTENT_DIR = content;
		Object.assign(process.env, env);
		try {
			return await command();
		} finally {
			for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
			Object.assign(process.env, saved);
		}
	});
	queue = run.catch(() => undefined);
	return run;
}

/** One build of a content folder: where the content is, where the site goes, and where Astro keeps its caches. */
export interface SiteBuild {
	content: string;
	outDir: string;
	/**
	 * Astro's content cache and incremental-build cache; a fresh folder makes a cold build. An
	 * incremental build must go to the same outDir as the build before it: Astro bakes outDir into
	 * code every page imports, so another outDir re-renders every page.
	 */
	cacheDir: string;
	/** Vite plugins to add, such as one that changes a source file's code for this build only. */
	plugins?: NonNullable<AstroInlineConfig['vite']>['plugins'];
	/** Environment variables for this build only. */
	env?: Record<string, string>;
}

/** Builds a content folder as `npm run build` does, with Astro's build() API; returns the build's log lines without colours (on failure, as the error's `log`). */
export function buildSite({ content, outDir, cacheDir, plugins = [], env }: SiteBuild): Promise<string[]> {
	return asCommand(
		content,
		async () => {
			const lines: string[] = [];
			Reflect.set(globalThis, LOG_SINK, lines);
			try {
				await build({
					root: ROOT,
					outDir,
					cacheDir,
					mode: 'production',
					logLevel: 'info',
					logger: { entrypoint: LOG_LINES },
					vite: { plugins },
				});
			} catch (error) {
				// A failed build's log says why (the content check's report, for one): keep it on the error for the test.
				throw Object.assign(error as Error, { log: lines.map(stripVTControlCharacters) });
			} finally {
				Reflect.deleteProperty(globalThis, LOG_SINK);
			}
			return lines.map(stripVTControlCharacters);
		},
		env,
	);
}

/** Serves a built site with Astro's preview() on a free port of 127.0.0.1 (`env` as the build had it, such as its base path); returns its address and how to stop it. */
export function previewSite(
	content: string,
	outDir: string,
	env?: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
	return asCommand(
		content,
		async () => {
			const server = await preview({ root: ROOT, outDir, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
			return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
		},
		env,
	);
}

/** The pages a build took from its incremental-build cache instead of rendering, such as `personas/app-developer/index.html`. */
export function restoredPages(lines: string[]): string[] {
	// Astro logs a page's path, then " (restored)" as the next line.
	return lines.flatMap((line, index) => (line.trim() === '(restored)' ? [lines[index - 1].replace(/^.*?\//, '')] : []));
}
