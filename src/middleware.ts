import { defineMiddleware } from 'astro:middleware';
import { AstroError } from 'astro/errors';
import { formatReport } from './domain/problem.ts';
import { contentDir } from './lib/content-layout.ts';
import { checkContent } from './lib/read-content.ts';

/**
 * In `astro dev` content changes while the server runs, and Astro keeps serving the last entries that
 * passed their schema. Check the content on every page request and show what the content check
 * reports (file, line, field, hint) instead of a stale page or a TypeError from deep in a page.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	if (!import.meta.env.DEV) return next();
	const { problems } = await checkContent(contentDir(), undefined, { keepBodyChecks: true });
	if (problems.length === 0) return next();
	throw new AstroError(
		`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n\n${formatReport(problems)}`,
		'Fix each one at the file and line shown, then reload; `npm run content:check` prints the same list.',
	);
});
