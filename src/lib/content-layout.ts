import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Folders whose files are one entry each: where they live under the content folder, and which files
 * count. Bodies may be plain Markdown (.md, as MADR and adr-tools write them), rendered once when
 * content syncs and cached, or MDX (.mdx) where a body needs components.
 */
export const ENTRY_FOLDERS = {
	personas: { folder: 'personas', pattern: '*.yaml' },
	journeys: { folder: 'journeys', pattern: '*.yaml' },
	roadmap: { folder: 'roadmap', pattern: '*.{yaml,md,mdx}' },
	decisions: { folder: 'decisions', pattern: '*.{md,mdx}' },
	guides: { folder: 'guides', pattern: '**/*.{md,mdx}' },
	snapshots: { folder: 'metrics/snapshots', pattern: '*.{yaml,json,csv}' },
} as const;

/** Single files that hold a whole collection (or the site settings). */
export const COLLECTION_FILES = {
	site: 'site.yaml',
	areas: 'areas.yaml',
	teams: 'teams.yaml',
	paths: 'guides/paths.yaml',
	metrics: 'metrics/definitions.yaml',
} as const;

export type EntryFolder = keyof typeof ENTRY_FOLDERS;
export type CollectionFile = keyof typeof COLLECTION_FILES;

/** The content folder: TRAILMAP_CONTENT_DIR when set (absolute, or relative to the working directory), else ./content. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env.TRAILMAP_CONTENT_DIR || 'content');
}

/**
 * Astro's content cache for a content folder. Each folder gets its own: the glob loader keeps an
 * unchanged entry as it was, file path included, so a cache shared between folders would point
 * pages at another folder's files.
 */
export function contentCacheDir(dir: string): string {
	const isDefault = dir === path.resolve('content');
	const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
	return path.resolve('node_modules/.astro', isDefault ? '' : `content-${key}`);
}

/** What a file (path relative to the content folder, with forward slashes) holds, or undefined when nothing reads it. */
export function classify(relative: string): { kind: EntryFolder; id: string } | { kind: CollectionFile } | undefined {
	for (const [kind, file] of Object.entries(COLLECTION_FILES)) {
		if (relative === file) return { kind: kind as CollectionFile };
	}
	for (const [kind, { folder, pattern }] of Object.entries(ENTRY_FOLDERS)) {
		if (path.posix.matchesGlob(relative, `${folder}/${pattern}`)) {
			const id = relative.slice(folder.length + 1).replace(/\.[^./]+$/, '');
			return { kind: kind as EntryFolder, id };
		}
	}
	return undefined;
}
