import type { Problem } from './problem.ts';

/** A content file that becomes an entry: its path in the content folder, its collection, and the id the path gives it. */
export interface EntryFile {
	relative: string;
	kind: string;
	id: string;
}

/** What an entry of each collection is called in a message. */
const NOUNS: Partial<Record<string, string>> = {
	personas: 'persona',
	journeys: 'journey',
	roadmap: 'roadmap item',
	decisions: 'decision record',
	guides: 'guide',
	snapshots: 'snapshot',
};

/** The id the build gives an entry: Astro's glob loader names basics/index.md after its folder, like basics.md. */
const buildId = (id: string) => id.replace(/\/index$/, '');

/**
 * Files that make the same entry as an earlier one, such as a guide in both setup.md and setup.mdx or a
 * roadmap item in both x.yaml and x.md: the build would keep one and silently drop the other. Each file
 * after the first (in the order given) is reported, naming the first; `display` turns a path relative to
 * the content folder into the path problems show.
 */
export function entryIdClashes(files: readonly EntryFile[], display: (relative: string) => string = (relative) => relative): Problem[] {
	const first = new Map<string, EntryFile>();
	const problems: Problem[] = [];
	for (const file of files) {
		const key = `${file.kind}\u0000${buildId(file.id)}`;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, file);
			continue;
		}
		problems.push({
			file: display(file.relative),
			line: 1,
			column: 1,
			field: '',
			message: `this file and ${display(earlier.relative)} make the same ${NOUNS[file.kind] ?? 'entry'}, "${buildId(file.id)}"`,
			hint: 'the site would show only one of them: remove one, or rename it',
		});
	}
	return problems;
}
