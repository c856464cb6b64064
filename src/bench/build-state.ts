import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/*
 * Folders copied aside after one build and put back before another, so that every warm rebuild starts
 * from the same previous build. Each folder goes back to its own path: Astro finds its caches by path.
 */

const copyOf = (store: string, index: number) => path.join(store, String(index));
const copy = (from: string, to: string) => cpSync(from, to, { recursive: true, preserveTimestamps: true });

/** Copies every folder into `store`, replacing what it held. */
export function saveFolders(folders: string[], store: string): void {
	rmSync(store, { recursive: true, force: true });
	for (const [index, folder] of folders.entries()) if (existsSync(folder)) copy(folder, copyOf(store, index));
}

/** Where `saveFolders` keeps its copy of one of the folders. */
export function savedCopy(folders: string[], store: string, folder: string): string {
	if (!folders.includes(folder)) throw new Error(`${folder} is not one of the saved folders`);
	return copyOf(store, folders.indexOf(folder));
}

/** Puts every folder back as `saveFolders` copied it (or removes it when it did not exist then). */
export function restoreFolders(folders: string[], store: string): void {
	for (const [index, folder] of folders.entries()) {
		rmSync(folder, { recursive: true, force: true });
		if (existsSync(copyOf(store, index))) copy(copyOf(store, index), folder);
	}
}
