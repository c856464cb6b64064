import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatReport } from '../domain/problem.ts';
import { checkContent } from './read-content.ts';

/**
 * Runs the content checks before Astro loads any collection, so a bad file fails the build with the
 * same file, line, field and hint that `npm run content:check` prints, never with a raw schema dump.
 */
export function trailmapContentCheck(dir: string): AstroIntegration {
	return {
		name: 'trailmap:content-check',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				if (command === 'preview') return;
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
