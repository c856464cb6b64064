import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyOf, slippedFrom } from '../../src/domain/roadmap-history.ts';
import { isShallowClone, readRoadmapHistory } from '../../src/lib/roadmap-history.ts';

/** A roadmap item file with the fields history follows. */
const itemYaml = (fields: Record<string, string>) =>
	Object.entries({ title: 'Preview environments', summary: 'One per pull request.', ...fields })
		.map(([key, value]) => `${key}: ${value}`)
		.join('\n') + '\n';

/** A git repository whose commits are dated as a script says, in a temporary folder. */
class ScriptedRepo {
	readonly dir = mkdtempSync(path.join(tmpdir(), 'trailmap-history-'));
	readonly roadmap = path.join(this.dir, 'content/roadmap');

	constructor() {
		mkdirSync(this.roadmap, { recursive: true });
		this.git('init', '--quiet', '--initial-branch=main');
	}

	git(...args: string[]): string {
		return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
			cwd: this.dir,
			env: { ...process.env, GIT_AUTHOR_DATE: this.date, GIT_COMMITTER_DATE: this.date },
		}).toString('utf8');
	}

	private date = '';

	/** Writes files (null deletes, [from] renames) and commits them on `day`. */
	commit(day: string, files: Record<string, string | null | { from: string }>): void {
		this.date = `${day}T12:00:00Z`;
		for (const [file, content] of Object.entries(files)) {
			const target = path.join(this.roadmap, file);
			if (content === null) rmSync(target);
			else if (typeof content === 'object') renameSync(path.join(this.roadmap, content.from), target);
			else writeFileSync(target, content);
		}
		this.git('add', '-A');
		this.git('commit', '--quiet', '-m', `change on ${day}`);
	}

	/** Merges `branch` into the current branch on `day`, with a merge commit. */
	merge(day: string, branch: string): void {
		this.date = `${day}T12:00:00Z`;
		this.git('merge', '--quiet', '--no-ff', '--no-edit', branch);
	}
}

describe('roadmap history from git', () => {
	const repo = new ScriptedRepo();
	let shallow = '';

	beforeAll(() => {
		repo.commit('2026-01-10', {
			'preview-environments.yaml': itemYaml({ horizon: 'next', targetWindow: '2026-Q3' }),
			'runbooks.md': `---\n${itemYaml({ horizon: 'exploring' })}---\n\nHow it will work.\n`,
		});
		repo.commit('2026-03-02', { 'preview-environments.yaml': itemYaml({ horizon: 'now', targetWindow: '2026-Q3' }) });
		repo.commit('2026-05-04', { 'preview-environments.yaml': itemYaml({ horizon: 'now', targetWindow: '2026-Q4' }) });
		// A broken version in between: neither a move nor a slip.
		repo.commit('2026-06-01', { 'preview-environments.yaml': 'title: [unclosed\n' });
		repo.commit('2026-08-20', {
			'preview-environments.yaml': itemYaml({ horizon: 'shipped', targetWindow: '2026-Q4', shippedOn: '2026-08-19' }),
		});
		repo.commit('2026-09-01', { 'incident-runbooks.md': { from: 'runbooks.md' } });
		// A branch merged into main: its change lands on the day of the merge.
		repo.git('checkout', '--quiet', '-b', 'decline');
		repo.commit('2026-10-01', { 'incident-runbooks.md': `---\n${itemYaml({ horizon: 'declined' })}---\n` });
		repo.git('checkout', '--quiet', 'main');
		repo.commit('2026-10-05', { 'other.yaml': itemYaml({ horizon: 'later' }) });
		repo.merge('2026-10-09', 'decline');
		shallow = mkdtempSync(path.join(tmpdir(), 'trailmap-shallow-'));
		execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, shallow]);
	});
	afterAll(() => {
		rmSync(repo.dir, { recursive: true, force: true });
		rmSync(shallow, { recursive: true, force: true });
	});

	it('dates an item entering, moving from next to now, slipping and shipping, past a broken version', () => {
		const history = readRoadmapHistory(path.join(repo.dir, 'content'));
		expect(history.status).toBe('complete');
		if (history.status !== 'complete') return;
		expect(history.items.get('preview-environments')).toEqual([
			expect.objectContaining({ date: '2026-01-10', kind: 'entered', horizon: 'next' }),
			expect.objectContaining({ date: '2026-03-02', kind: 'moved', from: 'next', to: 'now' }),
			expect.objectContaining({ date: '2026-05-04', kind: 'slipped', from: '2026-Q3', to: '2026-Q4' }),
			expect.objectContaining({ date: '2026-08-20', kind: 'shipped' }),
		]);
	});

	it('follows a renamed file, reads Markdown front matter, and dates a merged change by its merge', () => {
		const history = readRoadmapHistory(path.join(repo.dir, 'content'));
		if (history.status !== 'complete') throw new Error(history.reason);
		expect(history.items.get('incident-runbooks')?.map((event) => [event.date, event.kind])).toEqual([
			['2026-01-10', 'entered'],
			['2026-10-09', 'declined'],
		]);
		expect(history.items.has('runbooks')).toBe(false);
	});

	it('in a clone with one commit per file, each item entered on that commit and nothing else happened', () => {
		const single = new ScriptedRepo();
		try {
			single.commit('2026-11-02', {
				'a.yaml': itemYaml({ horizon: 'shipped', shippedOn: '2026-06-01' }),
				'b.yaml': itemYaml({ horizon: 'now' }),
			});
			const history = readRoadmapHistory(path.join(single.dir, 'content'));
			if (history.status !== 'complete') throw new Error(history.reason);
			expect(Object.fromEntries([...history.items].map(([id, events]) => [id, events.map((event) => [event.date, event.kind])]))).toEqual({
				a: [['2026-11-02', 'entered']],
				b: [['2026-11-02', 'entered']],
			});
		} finally {
			rmSync(single.dir, { recursive: true, force: true });
		}
	});

	it('a shallow clone gives no history rather than a wrong one, and says so', () => {
		expect(isShallowClone(path.join(shallow, 'content/roadmap'))).toBe(true);
		expect(isShallowClone(path.join(repo.dir, 'content/roadmap'))).toBe(false);
		expect(readRoadmapHistory(path.join(shallow, 'content'))).toMatchObject({ status: 'shallow' });
		const outside = mkdtempSync(path.join(tmpdir(), 'trailmap-no-git-'));
		try {
			mkdirSync(path.join(outside, 'roadmap'));
			expect(readRoadmapHistory(outside)).toMatchObject({ status: 'unavailable' });
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});

describe('history events from versions', () => {
	it('a target window brought forward is no slip, and the board marks only a window later than the first', () => {
		const events = historyOf([
			{ commit: 'a', date: '2026-01-01', horizon: 'next', targetWindow: '2026-Q4' },
			{ commit: 'b', date: '2026-02-01', horizon: 'next', targetWindow: '2026-Q3' },
			{ commit: 'c', date: '2026-03-01', horizon: 'next', targetWindow: '2027-Q1' },
		]);
		expect(events.map((event) => event.kind)).toEqual(['entered', 'pulled-in', 'slipped']);
		expect(slippedFrom(events, '2027-Q1')).toBe('2026-Q4');
		expect(slippedFrom(events, '2026-Q4')).toBeUndefined();
		expect(
			slippedFrom(historyOf([{ commit: 'a', date: '2026-01-01', horizon: 'now', targetWindow: '2026-Q4' }]), '2026-Q4'),
		).toBeUndefined();
	});
});
