import { statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { collectionFile } from '../domain/registry.ts';
import { displayPath } from './display-path.ts';

/** What kind of thing is at a path: a folder, a file, nothing, or something unreadable. */
function kindOf(target: string): 'folder' | 'file' | 'missing' | 'unreadable' {
	try {
		const stats = statSync(target, { throwIfNoEntry: false });
		if (!stats) return 'missing';
		return stats.isDirectory() ? 'folder' : 'file';
	} catch {
		// statSync throws only when the path cannot be looked at (permissions, a file used as a folder).
		return 'unreadable';
	}
}

/**
 * Why `dir` is not a content folder: it does not exist, is a file, cannot be read, or has no
 * site.yaml. Names the folder and how TRAILMAP_CONTENT_DIR chose it, since a typo there is the
 * usual cause. Undefined when it is a content folder.
 */
export function contentDirProblem(dir: string, env: Record<string, string | undefined> = process.env): Problem | undefined {
	const setting = env.TRAILMAP_CONTENT_DIR;
	const chosen = setting
		? `TRAILMAP_CONTENT_DIR is "${setting}", resolved from ${process.cwd()}`
		: 'TRAILMAP_CONTENT_DIR is not set, so ./content is used';
	const problem = (message: string, fix: string): Problem => ({
		file: displayPath(dir),
		line: 1,
		column: 1,
		field: '',
		value: setting,
		message,
		hint: `${fix}; ${chosen}`,
	});
	const site = collectionFile('site');
	switch (kindOf(dir)) {
		case 'missing':
			return problem(`the content folder ${dir} does not exist`, 'check the spelling of TRAILMAP_CONTENT_DIR, or create the folder');
		case 'file':
			return problem(`${dir} is a file, not a content folder`, `point TRAILMAP_CONTENT_DIR at the folder that holds ${site}`);
		case 'unreadable':
			return problem(`the content folder ${dir} cannot be read`, 'check the permissions of the folder and the folders above it');
		case 'folder':
			if (kindOf(path.join(dir, site)) === 'file') return undefined;
			return problem(
				`${dir} is not a content folder: it has no ${site}`,
				`point TRAILMAP_CONTENT_DIR at the folder that holds ${site}, or copy ${site} from the example content`,
			);
	}
}
