import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatReport } from '../domain/problem.ts';
import { checkContent } from './read-content.ts';

/**
 * Astro writes the list of MDX modules to .astro/content-modules.mjs and rewrites it only when its
 * cache changed. After building another content folder that list is stale, so drop it (and the
 * asset list) whenever the folder differs from the last run's.
 */
async function forgetOtherContentFolder(dotAstro: URL, dir: string): Promise<void> {
	const marker = new URL('trailmap-content-dir', dotAstro);
	const previous = await readFile(marker, 'utf8').catch(() => undefined);
	if (previous === dir) return;
	await Promise.all(['content-modules.mjs', 'content-assets.mjs'].map((name) => rm(new URL(name, dotAstro), { force: true })));
	await mkdir(dotAstro, { recursive: true });
	await writeFile(marker, dir);
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
				await forgetOtherContentFolder(new URL('.astro/', config.root), dir);
				const { problems, files } = await checkContent(dir);
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
