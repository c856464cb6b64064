import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownText } from '../../src/domain/roadmap-diff.ts';
import { HistoryError, roadmapDiff } from '../../src/lib/roadmap-diff.ts';
import { FIXTURE } from './fixture.ts';

/** A repository whose content folder sits in a subfolder, with commits on fixed days. */
let repo: string;
let content: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const commit = (day: string, message: string) => {
	git('add', '-A');
	const date = `${day}T12:00:00Z`;
	execFileSync('git', ['-c', 'user.name=PM', '-c', 'user.email=pm@example.com', 'commit', '-qm', message], {
		cwd: repo,
		env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
	});
};
const edit = (file: string, from: string | RegExp, to: string) => {
	const target = path.join(content, file);
	const text = readFileSync(target, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`${file} does not contain ${String(from)}`);
	writeFileSync(target, next);
};

beforeAll(() => {
	repo = mkdtempSync(path.join(tmpdir(), 'trailmap-history-'));
	content = path.join(repo, 'site', 'content');
	mkdirSync(content, { recursive: true });
	cpSync(FIXTURE, content, { recursive: true });
	edit('roadmap/service-templates.mdx', /^horizon: shipped\n([\s\S]*)shippedOn: .*\n/m, 'horizon: now\n$1');
	git('init', '-q');
	commit('2026-01-10', 'Start');
	edit('roadmap/namespace-self-service.yaml', 'horizon: now', 'horizon: next');
	edit('roadmap/namespace-self-service.yaml', 'targetWindow: 2027-Q1', 'targetWindow: 2027-Q3');
	commit('2026-02-10', 'Replan namespaces');
	git('tag', 'v1');
	edit('roadmap/service-templates.mdx', /^horizon: \w+$/m, 'horizon: shipped\nshippedOn: 2026-03-01');
	writeFileSync(
		path.join(content, 'roadmap/dev-containers.yaml'),
		readFileSync(path.join(content, 'roadmap/service-mesh.yaml'), 'utf8')
			.replace('title: Service mesh', 'title: Dev containers <b>[fast]</b>')
			.replace('horizon: declined', 'horizon: later')
			.replace(/declinedReason:.*\n/, ''),
	);
	rmSync(path.join(content, 'roadmap/service-mesh.yaml'));
	writeFileSync(
		path.join(content, 'decisions/0003-drop-templates.md'),
		'---\ntitle: Drop templates\nstatus: accepted\ndate: 2026-03-02\nsupersedes: [ADR-0002]\n---\n\nBody.\n',
	);
	edit('decisions/0002-golden-path-templates.mdx', 'status: accepted', 'status: superseded');
	commit('2026-03-05', 'Ship templates, supersede ADR-0002');
	// Uncommitted: the working tree is what is compared against.
	writeFileSync(path.join(content, 'decisions/0004-try-nix.md'), '---\ntitle: Try Nix\nstatus: proposed\ndate: 2026-03-06\n---\n\nBody.\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('roadmap:diff', () => {
	it('reports every kind of change since a date, against the working tree', () => {
		const { changes, markdown } = roadmapDiff(content, '2026-02-01');
		expect(changes.map(({ kind, id, detail }) => `${kind} ${id}: ${detail}`)).toEqual([
			'shipped service-templates: shipped on 2026-03-01',
			'added dev-containers: in later',
			'moved namespace-self-service: now → next',
			'slipped namespace-self-service: 2027-Q1 → 2027-Q3',
			'removed service-mesh: was in declined',
			'decided 0003-drop-templates: accepted on 2026-03-02',
			'proposed 0004-try-nix: proposed on 2026-03-06',
			'superseded 0002-golden-path-templates: by ADR-0003',
		]);
		expect(markdown).toMatch(/^## Roadmap and decision log changes since 2026-02-01 \([0-9a-f]{7}\)\n\n### Shipped \(1\)\n\n- \*\*/);
		expect(markdown).toContain('- **Dev containers \\<b\\>\\[fast\\]\\</b\\>**: in later');
		expect(markdown).toContain('### Superseded (1)\n\n- **ADR-0002 Golden-path templates over Helm**: by ADR-0003');
	});
	it('takes a ref, and links entries to the site when given its URL', () => {
		const { changes, markdown } = roadmapDiff(content, 'v1', 'https://runway.example/docs');
		expect(changes.map(({ kind, id }) => `${kind} ${id}`)).not.toContain('moved namespace-self-service');
		expect(markdown).toContain(
			'- [ADR-0003 Drop templates](https://runway.example/docs/decisions/0003-drop-templates/): accepted on 2026-03-02',
		);
	});
	it('treats everything as added before the first commit, and says when nothing changed', () => {
		const fromStart = roadmapDiff(content, '2025-01-01').changes.filter(({ collection }) => collection === 'roadmap');
		expect(fromStart.map(({ kind, id }) => `${kind} ${id}`)).toEqual([
			'shipped service-templates',
			'added dev-containers',
			'added namespace-self-service',
		]);
		git('add', '-A');
		commit('2026-03-07', 'Propose Nix');
		expect(roadmapDiff(content, 'HEAD').markdown).toBe(
			`## Roadmap and decision log changes since HEAD (${git('rev-parse', '--short=7', 'HEAD').trim()})\n\nNo changes.\n`,
		);
	});
	it('refuses what is neither a ref nor a date', () => {
		expect(() => roadmapDiff(content, 'no-such-tag')).toThrow(HistoryError);
		expect(() => roadmapDiff(content, 'no-such-tag')).toThrow('"no-such-tag" is neither a commit, branch or tag');
	});
	it('escapes what Markdown would read as markup', () => {
		expect(markdownText('a *b* [c](javascript:x) <img>\nnext')).toBe('a \\*b\\* \\[c\\](javascript:x) \\<img\\> next');
	});
});
