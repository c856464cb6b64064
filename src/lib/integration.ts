import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatReport } from '../domain/problem.ts';
import { checkContent } from './read-content.ts';

/**
 * Keeps Astro's content cache honest about files that moved. Astro's glob loader keeps an entry whose
 * contents are unchanged as it was, file path included, so after a rename (dev.mdx to dev.md) or a
 * switch of content folder it would still import the old file. When a file of the last run is gone,
 * or there is no record of the last run, drop the cached data store; and drop
 * .astro/content-modules.mjs, which Astro rewrites only when its cache changed, whenever the folder
 * or its files differ from the last run's.
 */
async function forgetMovedFiles(cacheDir: URL, dotAstro: URL, dir: string, files: string[]): Promise<void> {
	const manifest = new URL('trailmap-content-files.json', cacheDir);
	const previous = await readFile(manifest, 'utf8').then(
		(text) => JSON.parse(text) as { dir: string; files: string[] },
		() => undefined,
	);
	const current = new Set(files);
	const moved = previous === undefined || previous.dir !== dir || previous.files.some((file) => !current.has(file));
	if (moved) await rm(new URL('data-store.json', cacheDir), { force: true });

	const marker = new URL('trailmap-content-dir', dotAstro);
	const lastDir = await readFile(marker, 'utf8').catch(() => undefined);
	if (moved || lastDir !== dir) {
		await Promise.all(['content-modules.mjs', 'content-assets.mjs'].map((name) => rm(new URL(name, dotAstro), { force: true })));
	}
	await mkdir(cacheDir, { recursive: true });
	await mkdir(dotAstro, { recursive: true });
	await Promise.all([writeFile(manifest, JSON.stringify({ dir, files })), writeFile(marker, dir)]);
}

/**
 * Runs the content checks before Astro loads any collection, so a bad file fails the build with the
 * same file, line, field and hint that `npm run content:check` prints, never with a raw schema dump.
 */
export function trailmapContentCheck(dir: string): AstroIntegration {
	return {
		name: 'trailmap:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				if (command === 'preview') return;
				const { problems, files } = await checkContent(dir);
				await forgetMovedFiles(config.cacheDir, new URL('.astro/', config.root), dir, files);
				if (problems.length === 0) {
					logger.info(`content is valid: ${files.length} files`);
					return;
				}
				const report = formatReport(problems);
				if (command === 'dev') {
					logger.error(`\n${report}`);
					return;
				}
				console.error(report);
				throw new AstroError(
					`The content in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}, listed above.`,
					'Fix each one at the file and line shown; `npm run content:check` lists them again without building.',
				);
			},
		},
	};
}
