import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-layout.ts';
import { HistoryError, roadmapDiff } from '../src/lib/roadmap-diff.ts';
import { siteBase } from '../src/lib/site-settings.ts';

/** Prints, as Markdown, what changed on the roadmap and in the decision log since a git ref or a date. */
const { values } = parseArgs({ options: { since: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help || !values.since) {
	console.log(`Usage: npm run roadmap:diff -- --since REF_OR_DATE

REF_OR_DATE is a git ref (v1.2, main, HEAD~5, a commit) or a date YYYY-MM-DD (the content as it was when that day began, UTC).
Compares the roadmap items and decision records of the content folder (TRAILMAP_CONTENT_DIR, or content/) then and now.
Entries link to the published site when TRAILMAP_SITE_URL is set.`);
	process.exitCode = values.help ? 0 : 1;
} else {
	try {
		const site = process.env.TRAILMAP_SITE_URL;
		const siteUrl = site ? `${site.replace(/\/$/, '')}${siteBase()}` : undefined;
		process.stdout.write(roadmapDiff(contentDir(), values.since, siteUrl).markdown);
	} catch (error) {
		if (!(error instanceof HistoryError)) throw error;
		console.error(error.message);
		process.exitCode = 1;
	}
}
