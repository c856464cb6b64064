import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REGISTRY, classify } from '../domain/registry.ts';
import { type HistoryEvent, type ItemVersion, type RoadmapHistories, historyOf, versionFields } from '../domain/roadmap-history.ts';
import { parseSource } from './parse-source.ts';

const git = (cwd: string, args: string[], input?: string): Buffer =>
	execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** One file change of a commit, as `git log --raw` prints it. */
interface Change {
	status: string;
	blob: string;
	path: string;
	from?: string;
}

/** Parses `git log --raw -z` output written with the format `%x01%H %cs`: commits oldest first, each with its changes. */
function parseLog(output: string): { commit: string; date: string; changes: Change[] }[] {
	return output
		.split('\x01')
		.filter((chunk) => chunk.trim() !== '')
		.map((chunk) => {
			const [header, ...fields] = chunk.split('\0');
			const [commit, date] = header.trim().split(' ');
			const changes: Change[] = [];
			for (let i = 0; i < fields.length;) {
				const meta = fields[i].trim();
				if (!meta.startsWith(':')) {
					i += 1;
					continue;
				}
				const [, , , blob, status] = meta.slice(1).split(' ');
				const renamed = status.startsWith('R') || status.startsWith('C');
				changes.push(renamed ? { status, blob, from: fields[i + 1], path: fields[i + 2] } : { status, blob, path: fields[i + 1] });
				i += renamed ? 3 : 2;
			}
			return { commit, date, changes };
		})
		.reverse();
}

/** The contents of many blobs from one `git cat-file --batch`. */
function readBlobs(cwd: string, blobs: readonly string[]): Map<string, string> {
	const texts = new Map<string, string>();
	if (blobs.length === 0) return texts;
	const output = git(cwd, ['cat-file', '--batch'], `${blobs.join('\n')}\n`);
	let offset = 0;
	while (offset < output.length) {
		const headerEnd = output.indexOf(0x0a, offset);
		const [blob, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
		if (type !== 'blob') {
			offset = headerEnd + 1;
			continue;
		}
		const start = headerEnd + 1;
		texts.set(blob, output.subarray(start, start + Number(size)).toString('utf8'));
		offset = start + Number(size) + 1;
	}
	return texts;
}

/** True when `folder` is in a shallow git clone; false outside git too. */
export function isShallowClone(folder: string): boolean {
	try {
		return git(folder, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
	} catch {
		return false;
	}
}

/**
 * The history of every roadmap item from git, with two git commands for the whole folder: one
 * `git log` of the main line (merges as one change each, renames followed like `git log --follow`),
 * then one `git cat-file --batch` for every version's text. A shallow clone, or a folder outside
 * git, gives no history and says why.
 */
export function readRoadmapHistory(contentDir: string): RoadmapHistories {
	const folder = path.join(contentDir, REGISTRY.roadmap.folder);
	let shallow: string;
	try {
		shallow = git(folder, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim();
	} catch (error) {
		return { status: 'unavailable', reason: `git could not read ${folder}: ${(error as Error).message.split('\n')[0]}` };
	}
	if (shallow === 'true') {
		return { status: 'shallow', reason: 'this clone is shallow, so the commits that date each move are missing' };
	}
	const log = parseLog(
		git(folder, [
			'log',
			'--first-parent',
			'--diff-merges=first-parent',
			'--raw',
			'--no-abbrev',
			'-z',
			'-M',
			'--relative',
			'--format=%x01%H %cs',
			'--',
			'.',
		]).toString('utf8'),
	);
	const blobs = new Set(
		log.flatMap(({ changes }) => changes.filter((change) => !change.status.startsWith('D')).map((change) => change.blob)),
	);
	const texts = readBlobs(folder, [...blobs]);
	const fields = (blob: string, file: string) => {
		const text = texts.get(blob);
		return text === undefined ? {} : versionFields(parseSource(text, file, file).data);
	};
	// Each file's versions, oldest first, carried across renames.
	const versions = new Map<string, ItemVersion[]>();
	for (const { commit, date, changes } of log) {
		for (const change of changes) {
			if (change.status.startsWith('D')) {
				versions.delete(change.path);
				continue;
			}
			const earlier =
				change.from !== undefined && change.status.startsWith('R') ? (versions.get(change.from) ?? []) : (versions.get(change.path) ?? []);
			if (change.from !== undefined && change.status.startsWith('R')) versions.delete(change.from);
			versions.set(change.path, [...earlier, { commit, date, ...fields(change.blob, change.path) }]);
		}
	}
	const items = new Map<string, HistoryEvent[]>();
	for (const [file, list] of versions) {
		const kind = classify(`${REGISTRY.roadmap.folder}/${file}`);
		if (kind && 'id' in kind && kind.kind === 'roadmap') items.set(kind.id, historyOf(list));
	}
	return { status: 'complete', items };
}
