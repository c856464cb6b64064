import { stripVTControlCharacters } from 'node:util';

/** One page an Astro build wrote, as its log lists it. */
export interface LoggedPage {
	/** Output file relative to the output folder, such as roadmap/service-mesh/index.html. */
	page: string;
	/** True when the incremental build copied the page from its cache instead of rendering it. */
	reused: boolean;
}

/**
 * The pages a build log lists: `├─ /page.html (+12ms)` when rendered, `(restored)` or `(cached)` when
 * reused (the wording of astro/dist/core/build/generate.js in Astro 7.3).
 */
export function loggedPages(log: string): LoggedPage[] {
	return [...stripVTControlCharacters(log).matchAll(/├─ \/(\S+\.html) (\((?:restored|cached)\))?/g)].map((match) => ({
		page: match[1],
		reused: match[2] !== undefined,
	}));
}

/** How many of the pages are in each top-level folder (index.html and 404.html count as their own), most first. */
export function pagesBySection(pages: string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const page of pages) {
		const section = page.split('/')[0];
		counts.set(section, (counts.get(section) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
