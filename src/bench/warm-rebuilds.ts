import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loggedPages } from './build-log.ts';
import { restoreFolders, saveFolders, savedCopy } from './build-state.ts';
import type { RunResult } from './measure.ts';
import type { WarmEdit } from './warm-edits.ts';

/** What one warm rebuild did. */
export interface WarmRebuild {
	edit: WarmEdit;
	/** Which file the edit changed and how. */
	change: string;
	run: RunResult;
	/** Pages the build wrote, reused or not. */
	total: number;
	/** Pages restored from the incremental cache. */
	reused: number;
	/** Pages rendered again, relative to the output folder. */
	rendered: string[];
	/** Rendered pages whose HTML is byte for byte the cold build's: work an exact cache key would have saved. */
	unchanged: number;
}

/** Where the build state lives and how to run a build. */
export interface WarmSetup {
	content: string;
	/** Build output folder, also part of `state`. */
	dist: string;
	/** Every folder a build reads from its previous run: content, caches, generated modules, output. */
	state: string[];
	/** Where the state after the cold build is kept. */
	store: string;
	build: (name: string) => Promise<RunResult>;
}

/**
 * Runs one warm rebuild per edit. The state the cold build left is saved once and put back before
 * every edit, so each figure is one edit after one unedited build, whatever the order of the edits.
 * Leaves the cold build's state in place.
 */
export async function measureWarmRebuilds(edits: WarmEdit[], setup: WarmSetup): Promise<WarmRebuild[]> {
	const { content, dist, state, store, build } = setup;
	saveFolders(state, store);
	const coldDist = savedCopy(state, store, dist);
	const sameAsCold = (page: string) =>
		existsSync(path.join(coldDist, page)) && readFileSync(path.join(dist, page)).equals(readFileSync(path.join(coldDist, page)));
	const rebuilds: WarmRebuild[] = [];
	for (const edit of edits) {
		restoreFolders(state, store);
		const change = edit.apply(content);
		const run = await build(`warm-${edit.key}`);
		const pages = loggedPages(run.output);
		const rendered = pages.filter((page) => !page.reused).map((page) => page.page);
		rebuilds.push({
			edit,
			change,
			run,
			total: pages.length,
			reused: pages.length - rendered.length,
			rendered,
			unchanged: rendered.filter(sameAsCold).length,
		});
	}
	restoreFolders(state, store);
	return rebuilds;
}
