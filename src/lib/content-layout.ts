import { createHash } from 'node:crypto';
import path from 'node:path';

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
