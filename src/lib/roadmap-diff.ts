import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY, classify } from '../domain/registry.ts';
import { type Change, type RoadmapState, changesMarkdown, diffRoadmap } from '../domain/roadmap-diff.ts';
import type { Decision } from '../schemas/decision.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { listContentFiles } from './content-files.ts';
import { parseSource } from './parse-source.ts';

/** A git command that failed, or a ref or date that names no commit; the CLI prints its message. */
export class HistoryError extends Error {
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'HistoryError';
	}
}

const git = (cwd: string, args: readonly string[], input?: string): string => {
	try {
		return execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
	} catch (error) {
		const stderr = (error as { stderr?: string }).stderr?.trim();
		throw new HistoryError(`git ${args[0]} failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
	}
};

/** The commit `since` names: a ref (tag, branch, sha, HEAD~3), or for a YYYY-MM-DD date the last commit before that day began (UTC); undefined when the history starts later. */
export function resolveSince(dir: string, since: string): { commit: string | undefined; label: string } {
	if (/^\d{4}-\d{2}-\d{2}$/.test(since)) {
		const commit = git(dir, ['rev-list', '-1', `--before=${since}T00:00:00Z`, 'HEAD']).trim() || undefined;
		return { commit, label: commit ? `${since} (${commit.slice(0, 7)})` : `${since} (before the first commit)` };
	}
	let commit: string;
	try {
		commit = git(dir, ['rev-parse', '--verify', '--quiet', `${since}^{commit}`]).trim();
	} catch (error) {
		throw new HistoryError(`"${since}" is neither a commit, branch or tag of this repository nor a date written YYYY-MM-DD`, {
			cause: error,
		});
	}
	return { commit, label: `${since} (${commit.slice(0, 7)})` };
}

type Collected = { roadmap: Map<string, RoadmapItem>; decisions: Map<string, Decision> };

/** Adds one file to the state when it is a roadmap item or a decision record that passes its schema; others cannot be compared. */
function collect(state: Collected, relative: string, text: string): void {
	const kind = classify(relative);
	if (!kind || !('id' in kind) || (kind.kind !== 'roadmap' && kind.kind !== 'decisions')) return;
	const { data } = parseSource(text, relative, relative);
	const parsed = REGISTRY[kind.kind].schema.safeParse(data);
	if (!parsed.success) return;
	if (kind.kind === 'roadmap') state.roadmap.set(kind.id, parsed.data as RoadmapItem);
	else state.decisions.set(kind.id, parsed.data as Decision);
}

/** The roadmap and decisions of the content folder as committed at `commit`, read with `git cat-file --batch`, one process for all files. */
export function stateAt(dir: string, commit: string | undefined): RoadmapState {
	const state: Collected = { roadmap: new Map(), decisions: new Map() };
	if (!commit) return state;
	const top = git(dir, ['rev-parse', '--show-toplevel']).trim();
	const prefix = path.relative(realpathSync(top), realpathSync(dir)).split(path.sep).join('/');
	const folders = [REGISTRY.roadmap.folder, REGISTRY.decisions.folder].map((folder) => (prefix ? `${prefix}/${folder}` : folder));
	const paths = git(top, ['ls-tree', '-r', '-z', '--name-only', commit, '--', ...folders])
		.split('\0')
		.filter(Boolean);
	if (paths.length === 0) return state;
	const output = Buffer.from(
		execFileSync('git', ['cat-file', '--batch'], {
			cwd: top,
			input: paths.map((file) => `${commit}:${file}\n`).join(''),
			maxBuffer: 512 * 1024 * 1024,
		}),
	);
	let offset = 0;
	for (const file of paths) {
		const headerEnd = output.indexOf(10, offset);
		const [, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
		const start = headerEnd + 1;
		const end = start + Number(size);
		if (type === 'blob') collect(state, prefix ? file.slice(prefix.length + 1) : file, output.subarray(start, end).toString('utf8'));
		offset = end + 1;
	}
	return state;
}

/** The roadmap and decisions of the content folder as they are on disk now. */
export function workingState(dir: string): RoadmapState {
	const state: Collected = { roadmap: new Map(), decisions: new Map() };
	for (const relative of listContentFiles(dir).files) {
		const kind = classify(relative);
		if (kind && 'id' in kind && (kind.kind === 'roadmap' || kind.kind === 'decisions')) {
			collect(state, relative, readFileSync(path.join(dir, relative), 'utf8'));
		}
	}
	return state;
}

/** What changed on the roadmap and in the decision log between `since` and the working tree, as changes and as Markdown. */
export function roadmapDiff(dir: string, since: string, siteUrl?: string): { changes: Change[]; markdown: string } {
	const { commit, label } = resolveSince(dir, since);
	const changes = diffRoadmap(stateAt(dir, commit), workingState(dir));
	const root = siteUrl?.replace(/\/?$/, '/');
	const pageUrl = root ? (collection: Change['collection'], id: string) => `${root}${REGISTRY[collection].route}/${id}/` : undefined;
	return { changes, markdown: changesMarkdown(changes, label, pageUrl) };
}
