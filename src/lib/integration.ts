import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { formatReport } from '../domain/problem.ts';
import { schemaFingerprint } from './fingerprint.ts';
import { MetricsEndpointError, metricsEndpoint, remoteSnapshotsOnce } from './metrics-endpoint.ts';
import { checkContent } from './read-content.ts';
import { decisionTargetsKey, readDecisionTargets } from './decision-targets.ts';

/**
 * Keeps Astro's content cache honest. Astro's glob loader keeps an entry whose contents are unchanged
 * as it was, file path included, so after a rename (dev.mdx to dev.md) or a switch of content folder
 * it would still import the old file; and it hashes only the text of content.config.ts, so after a
 * schema change it would keep values parsed under the old schema. When a file of the last run is
 * gone, the schemas or parsers changed, or there is no record of the last run, drop the cached data
 * store; and drop .astro/content-modules.mjs, which Astro rewrites only when its cache changed,
 * whenever the folder or its files differ from the last run's.
 */
async function forgetStaleContent(cacheDir: URL, dotAstro: URL, dir: string, files: string[], fingerprint: string): Promise<void> {
	const manifest = new URL('trailmap-content-files.json', cacheDir);
	const previous = await readFile(manifest, 'utf8').then(
		(text) => JSON.parse(text) as { dir: string; files: string[]; fingerprint?: string },
		() => undefined,
	);
	const current = new Set(files);
	const stale =
		previous === undefined ||
		previous.dir !== dir ||
		previous.fingerprint !== fingerprint ||
		previous.files.some((file) => !current.has(file));
	if (stale) await rm(new URL('data-store.json', cacheDir), { force: true });

	const marker = new URL('trailmap-content-dir', dotAstro);
	const lastDir = await readFile(marker, 'utf8').catch(() => undefined);
	if (stale || lastDir !== dir) {
		await Promise.all(['content-modules.mjs', 'content-assets.mjs'].map((name) => rm(new URL(name, dotAstro), { force: true })));
	}
	await mkdir(cacheDir, { recursive: true });
	await mkdir(dotAstro, { recursive: true });
	await Promise.all([writeFile(manifest, JSON.stringify({ dir, files, fingerprint })), writeFile(marker, dir)]);
}

/**
 * The snapshots of TRAILMAP_METRICS_URL, when it is set; an endpoint that fails stops the build with its
 * URL and status, unless TRAILMAP_METRICS_OPTIONAL=1 makes it a warning.
 */
async function fetchedSnapshots(logger: AstroIntegrationLogger) {
	try {
		const endpoint = metricsEndpoint();
		return endpoint && (await remoteSnapshotsOnce(endpoint, (message) => logger.warn(message)));
	} catch (error) {
		if (!(error instanceof MetricsEndpointError)) throw error;
		throw new AstroError(
			error.message,
			'Check that TRAILMAP_METRICS_URL answers with { "snapshots": [...] } (see the README), or set TRAILMAP_METRICS_OPTIONAL=1 to build from the snapshot files alone.',
		);
	}
}

/** Runs the content check, on the files and any fetched snapshots, and logs its report; returns how many problems it found. */
async function checkAndReport(dir: string, logger: AstroIntegrationLogger): Promise<{ count: number; files: string[] }> {
	const remoteSnapshots = await fetchedSnapshots(logger);
	const { problems, warnings, files } = await checkContent(dir, undefined, { keepBodyChecks: true, remoteSnapshots });
	// Warnings print but never fail a build; `npm run content:check -- --strict` fails on them.
	if (warnings.length > 0) logger.warn(`\n${formatReport(warnings, 'warning')}`);
	if (problems.length === 0) logger.info(`content is valid: ${files.length} files`);
	else logger.error(`\n${formatReport(problems)}`);
	return { count: problems.length, files };
}

/**
 * Runs the content checks before Astro loads any collection, so a bad file fails the build with the
 * same file, line, field and hint that `npm run content:check` prints, never with a raw schema dump.
 * In `astro dev` it checks again on every change under the content folder and prints the same report.
 */
export function trailmapContentCheck(dir: string): AstroIntegration {
	return {
		name: 'trailmap:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				if (process.env.TRAILMAP_SKIP_CONTENT_CHECK) {
					// Only to prove the renderer's sanitiser on content the check would refuse (tests/build/hostile.test.ts).
					logger.warn('TRAILMAP_SKIP_CONTENT_CHECK is set: building without the content check');
					return;
				}
				const { count, files } = await checkAndReport(dir, logger);
				// Bodies link ADR references with the records' titles, so a new, renamed or retitled record renders them again.
				const fingerprint = `${schemaFingerprint(fileURLToPath(config.root))}-${decisionTargetsKey(readDecisionTargets(dir))}`;
				await forgetStaleContent(config.cacheDir, new URL('.astro/', config.root), dir, files, fingerprint);
				if (count === 0 || command === 'dev') return;
				throw new AstroError(
					`The content in ${dir} has ${count} problem${count === 1 ? '' : 's'}, listed above.`,
					'Fix each one at the file and line shown; `npm run content:check` lists them again without building.',
				);
			},
			'astro:server:setup': ({ server, logger }) => {
				let timer: NodeJS.Timeout | undefined;
				const recheck = (file: string) => {
					if (path.relative(dir, file).startsWith('..')) return;
					clearTimeout(timer);
					// An editor's save can touch several files at once: check once they have all landed.
					timer = setTimeout(() => void checkAndReport(dir, logger), 150);
				};
				server.watcher.add(dir);
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
			},
		},
	};
}
