import { type Dirent, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { contentDirProblem } from './content-dir.ts';
import { type DecodedContent, decodeContent } from './decode-content.ts';
import { displayPath } from './display-path.ts';

/** The files of a content folder, and the entries in it that cannot be content. */
export interface ContentFiles {
	/** Paths relative to the content folder, with forward slashes, sorted; a linked file is listed under its link's path. */
	files: string[];
	problems: Problem[];
}

/** The system's code for a failed file operation, such as ENOENT, when there is one. */
const codeOf = (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : 'unknown error');

const isInside = (folder: string, target: string) => {
	const relative = path.relative(folder, target);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** What a folder entry is once links are followed. */
type Kind = { kind: 'file' | 'folder'; real: string } | { kind: 'refused'; message: string; hint: string };

/**
 * Lists a content folder the way both the check and the build must see it. Hidden files and folders
 * (.DS_Store, .git) are not content. A link (to a file or a folder) that stays inside the content
 * folder is content like any other file; one that leads outside it, or nowhere, or back into a folder
 * that holds it, is a problem and is not followed. Astro's glob loader would follow an outside link
 * and publish what it points at; the build runs this check first and stops on any problem, so
 * refusing here is enough. When `dir` is not a content folder, that is the one problem.
 */
export function listContentFiles(dir: string): ContentFiles {
	const notContent = contentDirProblem(dir);
	if (notContent) return { files: [], problems: [notContent] };
	const root = realpathSync(dir);
	const files: string[] = [];
	const problems: Problem[] = [];
	const refuse = (relative: string, message: string, hint: string) =>
		problems.push({ file: displayPath(path.join(dir, relative)), line: 1, column: 1, field: '', message, hint });

	const kindOf = (entry: Dirent, real: string, ancestors: ReadonlySet<string>): Kind => {
		if (entry.isFile()) return { kind: 'file', real };
		if (entry.isDirectory()) return { kind: 'folder', real };
		if (!entry.isSymbolicLink()) {
			return {
				kind: 'refused',
				message: 'this is not a file or a folder (a pipe, socket or device)',
				hint: 'remove it from the content folder',
			};
		}
		const target = readlinkSync(real);
		let resolved: string;
		try {
			resolved = realpathSync(real);
		} catch (error) {
			const missing = codeOf(error) === 'ENOENT';
			return {
				kind: 'refused',
				message: missing
					? `this link points to ${target}, which does not exist`
					: `this link to ${target} cannot be followed (${codeOf(error)})`,
				hint: 'remove the link, or copy the file in instead',
			};
		}
		if (!isInside(root, resolved)) {
			return {
				kind: 'refused',
				message: `this link points outside the content folder (${target})`,
				hint: 'copy the file in instead; the site is built from the content folder alone',
			};
		}
		if (ancestors.has(resolved)) {
			return { kind: 'refused', message: `this link leads back to a folder that contains it (${target})`, hint: 'remove the link' };
		}
		const stats = statSync(resolved);
		if (stats.isFile()) return { kind: 'file', real: resolved };
		if (stats.isDirectory()) return { kind: 'folder', real: resolved };
		return { kind: 'refused', message: `this link points to ${target}, which is not a file or a folder`, hint: 'remove the link' };
	};

	/** Lists one folder; `ancestors` are the real paths of the folders it is in, to stop a link that loops back. */
	const walk = (relative: string, real: string, ancestors: ReadonlySet<string>): void => {
		let entries: Dirent[];
		try {
			entries = readdirSync(real, { withFileTypes: true });
		} catch (error) {
			refuse(relative, `this folder cannot be read (${codeOf(error)})`, 'check its permissions');
			return;
		}
		// By name, so problems come out in the same order on every file system.
		for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
			if (entry.name.startsWith('.')) continue;
			const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
			const child = kindOf(entry, path.join(real, entry.name), ancestors);
			if (child.kind === 'refused') refuse(childRelative, child.message, child.hint);
			else if (child.kind === 'file') files.push(childRelative);
			else walk(childRelative, child.real, new Set([...ancestors, child.real]));
		}
	};
	walk('', root, new Set([root]));
	return { files: files.sort(), problems };
}

/**
 * Reads one content file as UTF-8 text (see decodeContent), or the problem that kept it from being
 * read. `file` is the path problems show.
 */
export async function readContentFile(absolute: string, file: string): Promise<DecodedContent> {
	try {
		return decodeContent(await readFile(absolute), file);
	} catch (error) {
		return {
			errors: [
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: `this file cannot be read (${codeOf(error)})`,
					hint: 'check that it is a file and that you may read it',
				},
			],
		};
	}
}
