import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, nearest, rankCandidates, suggestValue, tokens } from '../../src/domain/nearest.ts';
import { likelyCollection } from '../../src/domain/registry.ts';
import { fixtureText, problemsAfter, replace } from './fixture.ts';

const METRICS = ['developer-nps', 'change-lead-time', 'change-fail-rate', 'recovery-time', 'deployment-frequency', 'onboarding-days'];
const PHASES = ['exploring', 'in-design', 'preview', 'ga'];
const PERSONAS = [
	{ id: 'app-developer', label: 'Ana, Backend engineer in a product team' },
	{ id: 'frontend-developer', label: 'Front-end engineer on a customer-facing web app' },
	{ id: 'data-engineer', label: 'Data engineer building scheduled pipelines' },
	{ id: 'sre', label: 'Site reliability engineer' },
];

describe('hints rank whole words as well as characters', () => {
	it('splits ids, field names and labels into words', () => {
		expect(tokens('change-lead-time')).toEqual(['change', 'lead', 'time']);
		expect(tokens('lastReviewed')).toEqual(['last', 'reviewed']);
		expect(tokens('Front-end engineer, CI/CD')).toEqual(['front', 'end', 'engineer', 'ci', 'cd']);
	});
	it('counts a swap of two letters as one edit', () => {
		expect(editDistance('nsp', 'nps')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
	it.each([
		['lead-time', METRICS, 'change-lead-time'],
		['design', PHASES, 'in-design'],
		['developer-nsp', METRICS, 'developer-nps'],
		['nxt', ['now', 'next', 'later'], 'next'],
		['app-dev', ['app-developer', 'sre'], 'app-developer'],
		['hi', ['high', 'medium', 'low'], 'high'],
		['lastReview', ['lastReviewed', 'title'], 'lastReviewed'],
	])('suggests %s -> %s', (value, candidates, expected) => {
		expect(nearest(value, candidates)).toBe(expected);
	});
	it('never turns one word into a different word: backend-developer is no typo of frontend-developer', () => {
		expect(nearest('backend-developer', ['frontend-developer', 'data-engineer'])).toBeUndefined();
	});
	it('matches the words of a label, and says so', () => {
		expect(didYouMean('backend-developer', PERSONAS)).toBe('did you mean "app-developer" (Ana, Backend engineer in a product team)?');
		expect(didYouMean('app-develper', PERSONAS)).toBe('did you mean "app-developer"?');
	});
	it('lists the allowed values, closest first, when nothing is close', () => {
		expect(suggestValue('quantum', ['sre', 'app-developer'], 'persona')).toBe('no persona id is close; use one of "sre", "app-developer"');
		const ranked = rankCandidates('mobile-developer', ['sre', 'data-engineer', 'frontend-developer', 'app-developer']).map(({ id }) => id);
		expect(ranked.slice(0, 2).sort()).toEqual(['app-developer', 'frontend-developer']);
		const many = Array.from({ length: 12 }, (_, i) => `team-${String.fromCharCode(97 + i)}x`);
		expect(suggestValue('zzz', many, 'team', 'see teams.yaml')).toMatch(
			/^no team id is close; use one of (".+", ){6}and 6 more \(see teams.yaml\)$/,
		);
	});
});

describe('hints in the content check', () => {
	it('suggests in-design for phase: design', async () => {
		const problems = await problemsAfter({ 'roadmap/namespace-self-service.yaml': replace('phase: in-design', 'phase: design') });
		expect(problems).toMatchObject([{ field: 'phase', value: 'design', hint: 'did you mean "in-design"?' }]);
	});
	it('names a value of the wrong kind instead of correcting it to a look-alike', async () => {
		const problems = await problemsAfter({ 'roadmap/namespace-self-service.yaml': replace('owner: [pipelines-team]', 'owner: [ci-cd]') });
		expect(problems).toHaveLength(1);
		expect(problems[0].hint).toBe(
			'"ci-cd" is the id of an area, not of a team; no team id is close; use one of "checkout", "pipelines-team"',
		);
	});
	it('suggests only fields allowed where the unknown field was written', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('    target: 2\n', '    targt: 2\n    target: 2\n'),
		});
		expect(problems).toMatchObject([
			{ field: 'successMetrics[0].targt', message: '"targt" is not a field of successMetrics[0]', hint: 'did you mean "target"?' },
		]);
		const top = await problemsAfter({ 'roadmap/namespace-self-service.yaml': (text) => `${text}metric: x\n` });
		// "metric" is a field of successMetrics items, not of the item itself, so it is never the suggestion here.
		expect(top).toMatchObject([{ field: 'metric', hint: 'did you mean "successMetrics"?' }]);
		const far = await problemsAfter({ 'roadmap/namespace-self-service.yaml': (text) => `${text}zzz: x\n` });
		expect(far[0].hint).toMatch(/^remove it, or use one of "\w+", .* and \d+ more \(the field reference/);
	});
});

describe('one run shows every problem of a file', () => {
	it('checks a file with a wrong extension as what it looks like: file name, fields and references at once', async () => {
		const text = replace(
			'horizon: now',
			'horizon: nw',
		)(
			replace(
				'area: [ci-cd]',
				'area: [ci-cdd]',
			)(replace('owner: [pipelines-team]', 'owner: [pipeline-team]')(fixtureText('roadmap/namespace-self-service.yaml'))),
		);
		const file = 'roadmap/Namespace Self Service.yml';
		const problems = await problemsAfter({
			'roadmap/service-mesh.yaml': null,
			[file]: text.replace('title: Namespace self-service', 'title: Service mesh'),
		});
		expect(problems.filter((problem) => problem.file === file).map(({ field, hint }) => [field, hint])).toEqual([
			['', 'move or rename it to roadmap/Namespace Self Service.yaml'],
			['', 'rename the file to namespace-self-service.yaml'],
			['horizon', 'did you mean "now"?'],
			['area[0]', 'did you mean "ci-cd"?'],
			['owner[0]', 'did you mean "pipelines-team"?'],
		]);
	});
	it('checks a file in a misspelt folder as an entry of the folder meant', async () => {
		const problems = await problemsAfter({
			'decision/0003-new.md': '---\ntitle: New\nstatus: acepted\ndate: 2026-01-01\nroadmap: [namespace-self-servce]\n---\n\nBody.\n',
		});
		expect(problems.map(({ field, hint }) => [field, hint])).toEqual([
			['', 'move or rename it to decisions/0003-new.md'],
			['status', 'did you mean "accepted"?'],
			['roadmap[0]', 'did you mean "namespace-self-service"?'],
		]);
	});
	it('reports the conditional rules of an entry whose fields also fail', async () => {
		const problems = await problemsAfter({
			'roadmap/service-mesh.yaml': (text) => replace('confidence: low', 'confidence: lo')(text.replace(/declinedReason:.*\n/, '')),
		});
		expect(problems.map(({ field }) => field).sort()).toEqual(['confidence', 'horizon']);
	});
	it('knows which collection a misplaced file was meant for', () => {
		expect(likelyCollection('roadmap/x.yml')).toMatchObject({
			kind: 'roadmap',
			id: 'x',
			expected: 'roadmap/x.yaml',
			readAs: 'roadmap/x.yaml',
		});
		expect(likelyCollection('decisions/0001-x.markdown')).toMatchObject({ kind: 'decisions', expected: 'decisions/0001-x.md' });
		expect(likelyCollection('decisions/0001-x.yaml')).toMatchObject({
			kind: 'decisions',
			expected: 'decisions/0001-x.md',
			readAs: 'decisions/0001-x.yaml',
		});
		expect(likelyCollection('metrics/snapshot/2026-01-01.yaml')).toMatchObject({ kind: 'snapshots' });
		expect(likelyCollection('roadmap/notes.txt')).toBeUndefined();
		expect(likelyCollection('random/x.yaml')).toBeUndefined();
	});
});
