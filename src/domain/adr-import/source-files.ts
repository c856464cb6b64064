import path from 'node:path';

/** What a file directly in the imported folder is: a record, an image records may show, or something skipped and why. */
export type SourceFileKind = { kind: 'record' } | { kind: 'image' } | { kind: 'skipped'; reason: string };

const RECORD_EXTENSIONS = new Set(['.md', '.markdown', '.mdx']);

/** Image files a record may show; they are copied beside the imported record. */
export const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif']);

/** Names of the files that list or introduce a folder of records rather than being one. */
const INDEX_NAMES = new Set(['readme', 'index', '_index', 'toc', 'summary', 'changelog']);

/** Which files of an ADR folder are records, judged by name alone; a placeholder title is judged after reading. */
export function classifySourceFile(name: string): SourceFileKind {
	const extension = path.extname(name).toLowerCase();
	const stem = path.basename(name, path.extname(name)).toLowerCase();
	if (name.startsWith('.')) return { kind: 'skipped', reason: 'a hidden file' };
	if (IMAGE_EXTENSIONS.has(extension)) return { kind: 'image' };
	if (!RECORD_EXTENSIONS.has(extension)) return { kind: 'skipped', reason: `not a Markdown file (${extension || 'no extension'})` };
	if (INDEX_NAMES.has(stem)) return { kind: 'skipped', reason: 'an index of the folder, not a record' };
	if (stem.split(/[^a-z]+/).includes('template')) return { kind: 'skipped', reason: 'a template (by its name)' };
	return { kind: 'record' };
}
