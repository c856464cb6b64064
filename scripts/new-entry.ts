import { parseArgs } from 'node:util';
import path from 'node:path';
import { formatReport } from '../src/domain/problem.ts';
import { NEW_ENTRY_TYPES } from '../src/domain/templates.ts';
import { contentDir } from '../src/lib/content-layout.ts';
import { displayPath } from '../src/lib/display-path.ts';
import { NewEntryError, createEntry } from '../src/lib/new-entry.ts';
import { checkContent, today } from '../src/lib/read-content.ts';

const USAGE = `Usage: npm run content:new -- TYPE "Title" [options]

TYPE is one of ${NEW_ENTRY_TYPES.join(', ')}.
  --id ID            the id (file name) instead of the title's slug
  --area ID          an area id (repeat for more); roadmap items, decisions
  --owner ID         an owning team id (repeat for more); roadmap items
  --persona ID       a persona id (repeat for more); roadmap items, journeys, guides
  --supersedes N     a decision this one replaces (7, 0007 or ADR-0007; repeat for more)
  --section DIR      a guide's folder under guides/, such as basics
  --ext EXT          the file's extension where several are allowed (roadmap: yaml, md, mdx)

The content folder is TRAILMAP_CONTENT_DIR, or content/.`;

/** Creates a content entry from its template, then checks the files it wrote. */
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		id: { type: 'string' },
		area: { type: 'string', multiple: true },
		owner: { type: 'string', multiple: true },
		persona: { type: 'string', multiple: true },
		supersedes: { type: 'string', multiple: true },
		section: { type: 'string' },
		ext: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});
const [type, title, ...extra] = positionals;
if (values.help || !type || title === undefined || extra.length > 0) {
	console.log(USAGE);
	process.exitCode = values.help ? 0 : 1;
} else {
	const dir = contentDir();
	try {
		const result = createEntry(dir, {
			type,
			title,
			id: values.id,
			areas: values.area,
			owners: values.owner,
			personas: values.persona,
			supersedes: values.supersedes,
			section: values.section,
			extension: values.ext,
			today: today(),
		});
		const shown = (relative: string) => displayPath(path.join(dir, relative));
		console.log(`Created ${result.id} in ${shown(result.file)}`);
		for (const { file, change } of result.changed) console.log(`Changed ${shown(file)}: ${change}`);
		for (const note of result.notes) console.log(`Note: ${note}`);
		console.log('Replace the placeholder text and fill the lists, guided by the comments; then run npm run content:check.');
		const touched = new Set([result.file, ...result.changed.map(({ file }) => file)].map(shown));
		const { problems } = await checkContent(dir);
		const own = problems.filter((problem) => touched.has(problem.file));
		if (own.length > 0) {
			console.error(`\nThe content check finds problems in what was written:\n\n${formatReport(own)}`);
			process.exitCode = 1;
		}
	} catch (error) {
		if (!(error instanceof NewEntryError)) throw error;
		console.error(`${error.message}\nHint: ${error.hint}`);
		process.exitCode = 1;
	}
}
