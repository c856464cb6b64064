import { describe, expect, it } from 'vitest';
import { fixtureText, problemsAfter, replace } from './fixture.ts';
import { formatProblem } from '../../src/domain/problem.ts';

describe('the minimal fixture', () => {
	it('has no problems', async () => {
		expect(await problemsAfter({})).toEqual([]);
	});
});

describe('references resolve', () => {
	it('names the unknown persona, its file, line and field, and the likely typo', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('personas: [app-developer]', 'personas: [app-develper]'),
		});
		expect(problems).toEqual([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 6,
				column: 12,
				field: 'personas[0]',
				value: 'app-develper',
				message: 'no persona has the id "app-develper"',
				hint: 'did you mean "app-developer"?',
			},
		]);
	});

	it.each([
		['area', 'roadmap/namespace-self-service.yaml', 'area: [ci-cd]', 'area: [ci-cdd]', 'area[0]', 5, 8, 'did you mean "ci-cd"?'],
		[
			'team',
			'roadmap/namespace-self-service.yaml',
			'owner: [pipelines-team]',
			'owner: [pipeline-team]',
			'owner[0]',
			16,
			9,
			'did you mean "pipelines-team"?',
		],
		[
			'metric',
			'roadmap/namespace-self-service.yaml',
			'metric: onboarding-days',
			'metric: onboarding-day',
			'successMetrics[0].metric',
			10,
			13,
			'did you mean "onboarding-days"?',
		],
		[
			'roadmap item',
			'roadmap/namespace-self-service.yaml',
			'dependsOn: [service-templates]',
			'dependsOn: [service-template]',
			'dependsOn[0]',
			18,
			13,
			'did you mean "service-templates"?',
		],
		[
			'guide',
			'guides/basics/setup.mdx',
			'prerequisites: [basics/access]',
			'prerequisites: [basics/acess]',
			'prerequisites[0]',
			5,
			17,
			'did you mean "basics/access"?',
		],
		[
			'persona',
			'journeys/first-service.yaml',
			'personas: [app-developer]',
			'personas: [app-dev]',
			'personas[0]',
			2,
			12,
			'did you mean "app-developer"?',
		],
		[
			'roadmap item',
			'decisions/0002-golden-path-templates.mdx',
			'roadmap: [namespace-self-service]',
			'roadmap: [namespace-selfservice]',
			'roadmap[0]',
			9,
			11,
			'did you mean "namespace-self-service"?',
		],
		['area', 'decisions/0002-golden-path-templates.mdx', 'area: ci-cd', 'area: cicd', 'area', 10, 7, 'did you mean "ci-cd"?'],
		[
			'guide',
			'guides/paths.yaml',
			'steps: [basics/access, basics/setup]',
			'steps: [basics/access, basics/set-up]',
			'steps[1]',
			4,
			26,
			'did you mean "basics/setup"?',
		],
		[
			'metric',
			'metrics/snapshots/2026-01-31.yaml',
			'  onboarding-days: 9',
			'  onboarding-dayz: 9',
			'values.onboarding-dayz',
			4,
			20,
			'did you mean "onboarding-days"?',
		],
		['team', 'metrics/snapshots/2026-01-31.yaml', '  checkout:', '  checkut:', 'teams.checkut', 9, 5, 'did you mean "checkout"?'],
	])('reports an unknown %s in %s', async (kind, file, from, to, field, line, column, hint) => {
		const problems = await problemsAfter({ [file]: replace(from, to) });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file, field, line, column, message: expect.stringContaining(`no ${kind} has the id`) });
		expect(problems[0].hint).toBe(hint);
	});

	it('reports an unknown pain and a pain on an unknown journey', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('first-service#waiting-for-namespace', 'first-service#waiting-for-namespaces'),
			'roadmap/service-templates.mdx': replace('first-service#repo-setup-manual', 'first-servce#repo-setup-manual'),
		});
		expect(problems).toMatchObject([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 7,
				field: 'addresses[0]',
				message: 'the journey "first-service" has no pain "waiting-for-namespaces"',
				hint: 'did you mean "waiting-for-namespace"?',
			},
			{
				file: 'roadmap/service-templates.mdx',
				line: 7,
				field: 'addresses[0]',
				message: 'no journey has the id "first-servce"',
				hint: 'did you mean "first-service"?',
			},
		]);
	});

	it('reports a pain reference without a #', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('first-service#waiting-for-namespace', 'waiting-for-namespace'),
		});
		expect(problems).toMatchObject([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 7,
				column: 13,
				field: 'addresses[0]',
				message: 'a pain reference is written <journey-id>#<pain-id>',
			},
		]);
	});

	it('resolves decisions written ADR-NNNN or by id, and reports the rest', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('decisions: [ADR-0002]', 'decisions: [ADR-0003]'),
			'roadmap/service-templates.mdx': replace('decisions: [0001-use-templates]', 'decisions: [0001-use-template]'),
		});
		expect(problems).toMatchObject([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 17,
				field: 'decisions[0]',
				message: 'no decision record is "ADR-0003"',
				hint: 'did you mean "ADR-0001"?',
			},
			{
				file: 'roadmap/service-templates.mdx',
				line: 11,
				field: 'decisions[0]',
				message: 'no decision record is "0001-use-template"',
				hint: 'did you mean "0001-use-templates"?',
			},
		]);
	});

	it('reports onboarding paths for a persona that does not exist', async () => {
		const problems = await problemsAfter({ 'guides/paths.yaml': replace('app-developer:', 'app-developers:') });
		expect(problems).toMatchObject([
			{ file: 'guides/paths.yaml', line: 2, message: 'no persona has the id "app-developers"', hint: 'did you mean "app-developer"?' },
		]);
	});
});

describe('ids are unique', () => {
	it('reports a list entry whose id is taken, pointing at the first', async () => {
		const problems = await problemsAfter({ 'areas.yaml': (text) => `${text}- id: ci-cd\n  name: Again\n  description: Twice.\n` });
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'areas.yaml',
				line: 7,
				field: 'id',
				value: 'ci-cd',
				message: 'the area id "ci-cd" is already used',
				hint: expect.stringMatching(/^rename one of them; the first is in .*areas\.yaml:1$/),
			}),
		]);
	});

	it('reports a roadmap item written both as YAML and MDX', async () => {
		const yaml = fixtureText('roadmap/service-mesh.yaml');
		const problems = await problemsAfter({ 'roadmap/service-mesh.mdx': `---\n${yaml}---\n` });
		expect(problems).toMatchObject([
			{
				file: 'roadmap/service-mesh.yaml',
				line: 1,
				field: '',
				message: expect.stringMatching(/^this file and .*roadmap\/service-mesh\.mdx make the same roadmap item, "service-mesh"$/) as string,
				hint: 'the site would show only one of them: remove one, or rename it',
			},
		]);
	});

	it('reports two decisions with the same number', async () => {
		const problems = await problemsAfter({
			'decisions/0002-other.mdx': '---\ntitle: Other\nstatus: proposed\ndate: 2026-01-01\n---\n\nText.\n',
		});
		expect(problems).toMatchObject([
			{
				file: 'decisions/0002-other.mdx',
				line: 2,
				message: expect.stringMatching(/^ADR-0002 is already used by .*0002-golden-path-templates\.mdx$/),
			},
		]);
	});

	it('reports a decision file without a number', async () => {
		const problems = await problemsAfter({
			'decisions/use-kafka.mdx': '---\ntitle: Kafka\nstatus: proposed\ndate: 2026-01-01\n---\n\nText.\n',
		});
		expect(problems).toMatchObject([
			{
				file: 'decisions/use-kafka.mdx',
				line: 2,
				field: '',
				value: undefined,
				message: 'decision file names start with a four-digit number, like 0007-use-kafka.mdx',
			},
		]);
	});

	it('reports a pain id used twice in one journey', async () => {
		const problems = await problemsAfter({ 'journeys/first-service.yaml': replace('id: waiting-for-namespace', 'id: repo-setup-manual') });
		expect(problems[0]).toMatchObject({
			file: 'journeys/first-service.yaml',
			line: 24,
			column: 17,
			field: 'stages[1].steps[0].pains[0].id',
			message: 'the pain id "repo-setup-manual" is used twice in this journey',
		});
	});

	it('reports two snapshots of the same day', async () => {
		const problems = await problemsAfter({ 'metrics/snapshots/2026-02-28.json': replace('"2026-02-28"', '"2026-01-31"') });
		expect(problems).toMatchObject([
			{ file: 'metrics/snapshots/2026-02-28.json', line: 2, field: 'date', message: 'the snapshot date id "2026-01-31" is already used' },
		]);
	});

	it('reports a file name that is not a kebab-case id', async () => {
		const problems = await problemsAfter({
			'personas/Data Engineer.yaml': fixtureText('personas/data-engineer.yaml'),
			'personas/data-engineer.yaml': null,
		});
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'personas/Data Engineer.yaml',
				line: 1,
				value: 'Data Engineer',
				message: 'file names are ids, and ids are kebab-case',
				hint: 'rename the file to data-engineer.yaml',
			}),
		);
	});
});

describe('no cycles', () => {
	it('reports a dependsOn cycle once, naming the loop', async () => {
		const problems = await problemsAfter({
			'roadmap/service-templates.mdx': replace('confidence: high', 'confidence: high\ndependsOn: [namespace-self-service]'),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'roadmap/namespace-self-service.yaml',
				line: 18,
				column: 13,
				field: 'dependsOn[0]',
				message: 'dependsOn links form a cycle: namespace-self-service -> service-templates -> namespace-self-service',
			}),
		]);
	});

	it('reports a guide that is its own prerequisite', async () => {
		const problems = await problemsAfter({
			'guides/basics/access.mdx': replace('minutes: 10', 'minutes: 10\nprerequisites: [basics/access]'),
		});
		expect(problems).toMatchObject([
			{ file: 'guides/basics/access.mdx', line: 6, message: 'guide prerequisites form a cycle: basics/access -> basics/access' },
		]);
	});

	it('reports a supersedes cycle', async () => {
		const problems = await problemsAfter({
			'decisions/0001-use-templates.mdx': replace('tags: [deploy]', 'tags: [deploy]\nsupersedes: [ADR-0002]'),
		});
		expect(problems).toContainEqual(
			expect.objectContaining({
				file: 'decisions/0001-use-templates.mdx',
				line: 7,
				column: 14,
				field: 'supersedes[0]',
				message: 'supersedes links form a cycle: 0001-use-templates -> 0002-golden-path-templates -> 0001-use-templates',
			}),
		);
	});
});

describe('conditional fields', () => {
	it('requires shippedOn on shipped items', async () => {
		const problems = await problemsAfter({ 'roadmap/service-templates.mdx': replace('shippedOn: 2026-06-25\n', '') });
		expect(problems).toMatchObject([
			{ file: 'roadmap/service-templates.mdx', line: 4, field: 'horizon', value: 'shipped', message: 'a shipped item needs shippedOn' },
		]);
	});

	it('requires declinedReason on declined items', async () => {
		const problems = await problemsAfter({
			'roadmap/service-mesh.yaml': replace('declinedReason: The operational cost outweighs the benefit at our size.\n', ''),
		});
		expect(problems).toMatchObject([
			{ file: 'roadmap/service-mesh.yaml', line: 3, field: 'horizon', message: 'a declined item needs declinedReason' },
		]);
	});

	it('refuses shippedOn on an item that is not shipped', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-10-01\nshippedOn: 2026-10-01'),
		});
		expect(problems).toMatchObject([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 23,
				column: 12,
				field: 'shippedOn',
				message: 'shippedOn is set but the horizon is "now"',
			},
		]);
	});

	it('requires a superseded record to be superseded by some record', async () => {
		const problems = await problemsAfter({ 'decisions/0002-golden-path-templates.mdx': replace('supersedes: [ADR-0001]\n', '') });
		expect(problems).toMatchObject([
			{
				file: 'decisions/0001-use-templates.mdx',
				line: 3,
				field: 'status',
				message: 'this record is marked superseded, but no record supersedes it',
			},
		]);
	});

	it('requires a superseded record to say so', async () => {
		const problems = await problemsAfter({ 'decisions/0001-use-templates.mdx': replace('status: superseded', 'status: accepted') });
		expect(problems).toMatchObject([
			{
				file: 'decisions/0001-use-templates.mdx',
				line: 3,
				field: 'status',
				message: 'ADR-0002 supersedes this record, but its status is "accepted"',
			},
		]);
	});

	it('refuses ship, decision, review and snapshot dates in the future', async () => {
		const problems = await problemsAfter({
			'roadmap/service-templates.mdx': replace('shippedOn: 2026-06-25', 'shippedOn: 2027-01-05'),
			'decisions/0002-golden-path-templates.mdx': replace('date: 2025-09-16', 'date: 2026-12-01'),
			'roadmap/service-mesh.yaml': replace('lastReviewed: 2026-05-01', 'lastReviewed: 2026-11-28'),
			'metrics/snapshots/2026-02-28.json': replace('"2026-02-28"', '"2030-02-28"'),
		});
		expect(problems.map((problem) => [problem.file, problem.field, problem.message])).toEqual([
			['decisions/0002-golden-path-templates.mdx', 'date', 'the decision date is in the future (today is 2026-11-27)'],
			['metrics/snapshots/2026-02-28.json', 'date', 'the snapshot date is in the future (today is 2026-11-27)'],
			['roadmap/service-mesh.yaml', 'lastReviewed', 'lastReviewed is in the future (today is 2026-11-27)'],
			['roadmap/service-templates.mdx', 'shippedOn', 'shippedOn is in the future (today is 2026-11-27)'],
		]);
		expect(problems.every((problem) => problem.line > 1 && problem.hint === 'use the day it actually happened')).toBe(true);
	});
});

describe('every file is accounted for', () => {
	it('reports a file no collection reads', async () => {
		const problems = await problemsAfter({ 'roadmap/notes.txt': 'notes\n' });
		expect(problems).toMatchObject([
			{ file: 'roadmap/notes.txt', line: 1, message: 'no collection reads this file, so it would never become a page' },
		]);
	});

	it('ignores hidden files such as .DS_Store', async () => {
		expect(await problemsAfter({ 'personas/.DS_Store': 'binary', '.editorconfig': 'root = true\n' })).toEqual([]);
	});

	it('reports a missing required file', async () => {
		const problems = await problemsAfter({ 'teams.yaml': null });
		expect(problems).toEqual([
			expect.objectContaining({ file: expect.stringMatching(/teams\.yaml$/), line: 1, message: 'this file is missing' }),
		]);
	});
});

describe('one broken file is reported once', () => {
	it('reports YAML syntax errors at the bracket left open, not again at every reference to the file', async () => {
		const problems = await problemsAfter({
			'personas/app-developer.yaml': replace('experience: intermediate', 'experience: [intermediate'),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'personas/app-developer.yaml',
				line: 5,
				column: 13,
				message: 'this is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
				hint: 'the bracket or quote that opens here is never closed; close it where the value ends',
			}),
		]);
	});

	it('checks no references into a list file that cannot be read', async () => {
		const problems = await problemsAfter({ 'areas.yaml': 'ci-cd: CI/CD\n' });
		expect(problems).toEqual([
			expect.objectContaining({ file: 'areas.yaml', message: 'expected a YAML list of entries, each with an id' }),
		]);
	});
});

describe('links in bodies', () => {
	const withLinks = (links: string) => replace('Pick a template in the portal.', `Pick a template in the portal.\n\n${links}`);

	it('accepts links to pages and files the site builds, with queries and fragments', async () => {
		const links =
			'[a](/guides/basics/setup/) [b](/roadmap/service-mesh/#outcome) [c](/roadmap/?persona=app-developer) [d](/favicon.svg) ![e](/favicon.svg) [f](/decisions/)';
		expect(await problemsAfter({ 'roadmap/service-templates.mdx': withLinks(links) })).toEqual([]);
	});

	it('reports a link to a page that does not exist at its line, with the likely page', async () => {
		const problems = await problemsAfter({
			'roadmap/service-templates.mdx': withLinks('See\n[the setup guide](/guides/basics/set-up/) and [x](/nowhere/).'),
		});
		expect(problems.map(({ file, line, column, value, message, hint }) => ({ file, line, column, value, message, hint }))).toEqual([
			{
				file: 'roadmap/service-templates.mdx',
				line: 22,
				column: 1,
				value: '/guides/basics/set-up/',
				message: 'no page or file of this site has this path',
				hint: 'did you mean "/guides/basics/setup/"?',
			},
			{
				file: 'roadmap/service-templates.mdx',
				line: 22,
				column: 47,
				value: '/nowhere/',
				message: 'no page or file of this site has this path',
				hint: 'link to a page that exists, such as /roadmap/ or /guides/',
			},
		]);
	});
});

describe('many problems at once', () => {
	it('reports the broken references of a file whose fields are broken too, in the same run', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': (text) =>
				replace('area: [ci-cd]\n', '')(replace('personas: [app-developer]', 'personas: [app-develper]')(text)),
		});
		expect(problems.map(({ file, line, field, message }) => ({ file, line, field, message }))).toEqual([
			{ file: 'roadmap/namespace-self-service.yaml', line: 1, field: 'area', message: 'this required field is missing' },
			{ file: 'roadmap/namespace-self-service.yaml', line: 5, field: 'personas[0]', message: 'no persona has the id "app-develper"' },
		]);
	});

	it('reports every broken reference, enum, date and URL across files in one run', async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': (text) =>
				replace(
					'horizon: now',
					'horizon: nwo',
				)(replace('feedbackUrl: https://github.com/example/fixture/discussions/1', 'feedbackUrl: javascript:alert(1)')(text)),
			'decisions/0002-golden-path-templates.mdx': replace('date: 2025-09-16', 'date: 2025-02-30'),
			'personas/data-engineer.yaml': replace('experience: advanced', 'experience: guru'),
			'guides/basics/setup.mdx': replace('personas: [app-developer, data-engineer]', 'personas: [app-developer, data-enginer]'),
		});
		expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`).sort()).toEqual([
			'decisions/0002-golden-path-templates.mdx:4 date',
			'guides/basics/setup.mdx:3 personas[1]',
			'personas/data-engineer.yaml:5 experience',
			'roadmap/namespace-self-service.yaml:21 feedbackUrl',
			'roadmap/namespace-self-service.yaml:3 horizon',
		]);
		expect(problems.find((problem) => problem.field === 'horizon')?.hint).toBe('did you mean "now"?');
		expect(problems.find((problem) => problem.field === 'feedbackUrl')).toMatchObject({
			value: 'javascript:alert(1)',
			message: 'expected an http(s) URL or a site-relative path',
			hint: expect.stringContaining('javascript: are refused'),
		});
		expect(problems.find((problem) => problem.field === 'date')).toMatchObject({
			value: '2025-02-30',
			message: 'expected a real date',
			hint: 'write it YYYY-MM-DD, such as 2026-03-31',
		});
		expect(problems.filter((problem) => !problem.hint)).toEqual([]);
	});
});

describe('schema problems in plain words', () => {
	it('explains wrong types with how to write the value', async () => {
		const problems = await problemsAfter({ 'personas/data-engineer.yaml': replace('population: 20', 'population: "twenty"') });
		expect(problems).toMatchObject([
			{
				field: 'population',
				value: 'twenty',
				message: 'expected number, found string',
				hint: 'write a plain number, without quotes or units',
			},
		]);
	});

	it('explains ranges, empty lists, unknown and missing fields', async () => {
		const problems = await problemsAfter({
			'journeys/first-service.yaml': replace('emotion: 3', 'emotion: 7'),
			'roadmap/namespace-self-service.yaml': (text) => replace('area: [ci-cd]', 'area: []')(replace('targetWindow:', 'targetWindw:')(text)),
			'personas/data-engineer.yaml': replace('role: Builds pipelines\n', ''),
		});
		expect(problems.map(({ file, line, field, message, hint }) => ({ file, line, field, message, hint }))).toEqual([
			{
				file: 'journeys/first-service.yaml',
				line: 11,
				field: 'stages[0].steps[0].emotion',
				message: 'expected at most 5',
				hint: 'change it to a number at most 5',
			},
			{
				file: 'personas/data-engineer.yaml',
				line: 1,
				field: 'role',
				message: 'this required field is missing',
				hint: 'add role: to the entry',
			},
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 5,
				field: 'area',
				message: 'expected at least 1 item',
				hint: 'list at least 1 item',
			},
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 14,
				field: 'targetWindw',
				message: '"targetWindw" is not a field of this entry',
				hint: 'did you mean "targetWindow"?',
			},
		]);
	});
});

describe("values within their metric's unit", () => {
	/** A percent metric added to the fixture's definitions, with extra definition lines such as a range. */
	const withAdoption =
		(...extra: string[]) =>
		(text: string) =>
			`${text}- id: adoption\n  name: Adoption\n  category: adoption\n  unit: percent\n  direction: up\n  description: Share of services.\n  source: Catalog\n${extra.join('\n')}${extra.length > 0 ? '\n' : ''}`;

	it('keeps a percentage within 0-100, unless the definition gives a range', async () => {
		const snapshot = { 'metrics/snapshots/2026-01-31.yaml': replace('  developer-nps: 12\n', '  developer-nps: 12\n  adoption: 140\n') };
		expect(await problemsAfter({ ...snapshot, 'metrics/definitions.yaml': withAdoption() })).toEqual([
			{
				file: 'metrics/snapshots/2026-01-31.yaml',
				line: 6,
				column: 13,
				field: 'values.adoption',
				value: 140,
				message: 'a percentage is at most 100',
				hint: 'check the value; if adoption really can be higher, set range: { max: ... } on it in metrics/definitions.yaml',
			},
		]);
		expect(await problemsAfter({ ...snapshot, 'metrics/definitions.yaml': withAdoption('  range: { max: 200 }') })).toEqual([]);
		expect(await problemsAfter({ ...snapshot, 'metrics/definitions.yaml': withAdoption('  range: { min: -50, max: 120 }') })).toMatchObject(
			[{ field: 'values.adoption', value: 140, message: 'adoption is at most 120, as its range says' }],
		);
	});

	it('keeps counts, durations and rates from going negative, in every kind of snapshot and per team', async () => {
		const problems = await problemsAfter({
			'metrics/snapshots/2026-01-31.yaml': replace('    change-lead-time: 30', '    change-lead-time: -30'),
			'metrics/snapshots/2026-03-31.csv': replace('2026-03-31,onboarding-days,5,,', '2026-03-31,onboarding-days,-5,,'),
		});
		expect(problems).toEqual([
			{
				file: 'metrics/snapshots/2026-01-31.yaml',
				line: 9,
				column: 23,
				field: 'teams.checkout.change-lead-time',
				value: -30,
				message: 'a number of hours is never negative',
				hint: 'check the value; if change-lead-time really can be lower, set range: { min: ... } on it in metrics/definitions.yaml',
			},
			expect.objectContaining({
				file: 'metrics/snapshots/2026-03-31.csv',
				line: 2,
				column: 28,
				field: 'values.onboarding-days',
				value: -5,
				message: 'a number of days is never negative',
			}),
		]);
	});

	it("checks success-metric targets and baselines, and the definition's own target, against the same range", async () => {
		const problems = await problemsAfter({
			'roadmap/namespace-self-service.yaml': (text) =>
				replace('    target: 2', '    target: -1')(replace('    baseline: 9', '    baseline: -2')(text)),
			'metrics/definitions.yaml': replace('  target: 3', '  target: -3'),
		});
		expect(problems.map(({ file, line, column, field, value, message }) => ({ file, line, column, field, value, message }))).toEqual([
			{ file: 'metrics/definitions.yaml', line: 8, column: 11, field: 'target', value: -3, message: 'a number of days is never negative' },
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 11,
				column: 13,
				field: 'successMetrics[0].target',
				value: -1,
				message: 'a number of days is never negative',
			},
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 12,
				column: 15,
				field: 'successMetrics[0].baseline',
				value: -2,
				message: 'a number of days is never negative',
			},
		]);
	});

	it('requires each band level and range to start below its max, and no negative range for a count', async () => {
		const problems = await problemsAfter({
			'metrics/definitions.yaml': (text) =>
				replace(
					'      - { label: high, min: 24, max: 168 }',
					'      - { label: high, min: 200, max: 168 }',
				)(replace('  target: 3', '  target: 3\n  range: { min: -1 }')(withAdoption('  range: { min: 90, max: 90 }')(text))),
		});
		expect(problems).toEqual([
			{
				file: 'metrics/definitions.yaml',
				line: 9,
				column: 17,
				field: 'range.min',
				value: -1,
				message: 'a days metric is never negative',
				hint: 'set min to 0 or more, or leave it out; a value that can fall below zero is a score',
			},
			{
				file: 'metrics/definitions.yaml',
				line: 29,
				column: 29,
				field: 'bands.levels[1].min',
				value: 200,
				message: 'the level starts at 200, which is not below its max 168',
				hint: 'a level covers min up to (not including) max: swap the two, or fix the one that is off',
			},
			{
				file: 'metrics/definitions.yaml',
				line: 39,
				column: 17,
				field: 'range.min',
				value: 90,
				message: 'the range starts at 90, which is not below its max 90',
				hint: 'make min the lowest possible value and max the highest',
			},
		]);
	});

	it('says NaN where a plain number field holds one, and prints it as NaN', async () => {
		const problems = await problemsAfter({ 'roadmap/namespace-self-service.yaml': replace('    target: 2', '    target: .nan') });
		expect(problems.map(({ file, line, column, field, message }) => ({ file, line, column, field, message }))).toEqual([
			{
				file: 'roadmap/namespace-self-service.yaml',
				line: 11,
				column: 13,
				field: 'successMetrics[0].target',
				message: 'expected number, found NaN',
			},
		]);
		expect(formatProblem(problems[0])).toContain('successMetrics[0].target = NaN: expected number, found NaN');
	});

	it('names NaN and Infinity, from YAML and CSV, in snapshots and definitions', async () => {
		const problems = await problemsAfter({
			'metrics/snapshots/2026-01-31.yaml': replace('  onboarding-days: 9', '  onboarding-days: .nan'),
			'metrics/snapshots/2026-03-31.csv': (text) =>
				replace(
					'2026-03-31,developer-nps,20,,150',
					'2026-03-31,developer-nps,-inf,,150',
				)(replace('2026-03-31,onboarding-days,5,,', '2026-03-31,onboarding-days,Infinity,,')(text)),
			'metrics/definitions.yaml': replace('  target: 3', '  target: .inf'),
		});
		expect(problems.map(({ file, line, column, field, message, hint }) => ({ file, line, column, field, message, hint }))).toEqual([
			{
				file: 'metrics/definitions.yaml',
				line: 8,
				column: 11,
				field: 'target',
				message: 'the value Infinity is not a measurement',
				hint: "write the target as a plain number in the metric's unit",
			},
			{
				file: 'metrics/snapshots/2026-01-31.yaml',
				line: 4,
				column: 20,
				field: 'values.onboarding-days',
				message: 'the value NaN is not a measurement',
				hint: 'write the measured value as a plain number, such as 42.5, or leave the metric out',
			},
			{
				file: 'metrics/snapshots/2026-03-31.csv',
				line: 2,
				column: 28,
				field: 'values.onboarding-days',
				message: 'the value Infinity is not a measurement',
				hint: 'write the measured value as a plain number, such as 42.5, or leave the metric out',
			},
			{
				file: 'metrics/snapshots/2026-03-31.csv',
				line: 3,
				column: 26,
				field: 'values.developer-nps',
				message: 'the value -Infinity is not a measurement',
				hint: 'write the measured value as a plain number, such as 42.5, or leave the metric out',
			},
		]);
	});
});
