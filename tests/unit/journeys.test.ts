import { beforeAll, describe, expect, it } from 'vitest';
import { journeyDiagram, timeToValue } from '../../src/domain/journey-map.ts';
import { mermaidText } from '../../src/domain/mermaid-text.ts';
import { coverage, painScore, rankPains } from '../../src/domain/pain-ranking.ts';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { journeyView } from '../../src/domain/views/journey.ts';
import { painMapView } from '../../src/domain/views/pain-map.ts';
import { readContent } from '../../src/lib/read-content.ts';
import type { Journey } from '../../src/schemas/journey.ts';
import type { RoadmapItem } from '../../src/schemas/roadmap-item.ts';
import { FIXTURE } from './fixture.ts';

const step = (name: string, emotion: number, pains: Journey['stages'][number]['steps'][number]['pains'] = [], minutes?: number) => ({
	name,
	emotion,
	touchpoints: [],
	thoughts: [],
	opportunities: [],
	pains,
	...(minutes === undefined ? {} : { minutes }),
});

const journey = (personas: string[], stages: Journey['stages']): Journey => ({
	title: 'Ship it: fast; #1',
	personas,
	scenario: 's',
	goal: 'g',
	trigger: 't',
	frequency: 'f',
	stages,
});

const pain = (id: string, severity: 'critical' | 'major' | 'minor', frequency: 'daily' | 'weekly' | 'monthly' | 'rarely') => ({
	id,
	text: id,
	severity,
	frequency,
});

/** Mermaid keeps entity codes as placeholders until it draws; this reads them back as characters. */
const decoded = (text: string) => text.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('mermaid journey diagrams', () => {
	it('escapes #, : and ; with entity codes and keeps a name on one line', () => {
		expect(mermaidText('CI: slow;\n #1')).toBe('CI#58; slow#59; #35;1');
	});

	it('a step named "CI: slow; #1" stays one task that mermaid reads back as written', async () => {
		const source = journeyDiagram(journey(['a'], [{ name: 'Build: test; #2', steps: [step('CI: slow; #1', 2), step('Merge', 4)] }]));
		const { default: mermaid } = await import('mermaid');
		// The title goes through DOMPurify, which needs a DOM; the tasks are what the escaping is for.
		const withoutTitle = source
			.split('\n')
			.filter((line) => !line.trimStart().startsWith('title'))
			.join('\n');
		await mermaid.parse(withoutTitle);
		const diagram = await mermaid.mermaidAPI.getDiagramFromText(withoutTitle);
		const tasks = (
			diagram.db as unknown as { getTasks(): { section: string; task: string; score: number; people: string[] }[] }
		).getTasks();
		expect(tasks.map((task) => [decoded(task.section), decoded(task.task), task.score])).toEqual([
			['Build: test; #2', 'CI: slow; #1', 2],
			['Build: test; #2', 'Merge', 4],
		]);
		expect(source).toContain('\njourney\n  title Ship it#58; fast#59; #35;1\n');
	});

	it('adds up the time to value and says how many steps have no time', () => {
		const j = journey(['a'], [{ name: 'One', steps: [step('a', 3, [], 30), step('b', 3), step('c', 3, [], 90)] }]);
		expect(timeToValue(j)).toEqual({ minutes: 120, untimed: 1 });
	});
});

describe('ranking pains', () => {
	const personas = new Map([
		['a', { population: 100 }],
		['b', { population: 10 }],
	]);
	const journeys = new Map<string, Journey>([
		[
			'one',
			journey(
				['a'],
				[{ name: 'S', steps: [step('x', 2, [pain('daily-minor', 'minor', 'daily'), pain('monthly-critical', 'critical', 'monthly')])] }],
			),
		],
		[
			'two',
			journey(
				['a', 'b'],
				[{ name: 'S', steps: [step('y', 1, [pain('weekly-major', 'major', 'weekly'), pain('rare-major', 'major', 'rarely')])] }],
			),
		],
	]);
	const item = (horizon: RoadmapItem['horizon'], addresses: string[]) => ({ horizon, addresses });

	it('scores severity x times a month x people affected', () => {
		expect(painScore({ severity: 'critical', frequency: 'monthly' }, 100)).toBe(900);
		expect(painScore({ severity: 'minor', frequency: 'daily' }, 100)).toBe(2000);
		expect(painScore({ severity: 'major', frequency: 'weekly' }, 110)).toBe(1320);
	});

	it('lists every pain of every journey once, highest score first, with the people of all its personas', () => {
		const ranked = rankPains({ journeys, personas, roadmap: new Map() });
		expect(ranked.map((p) => [p.ref, p.people, p.score])).toEqual([
			['one#daily-minor', 100, 2000],
			['two#weekly-major', 110, 1320],
			['one#monthly-critical', 100, 900],
			['two#rare-major', 110, 82.5],
		]);
	});

	it('counts a critical or major pain as covered only when a now or next item addresses it', () => {
		const roadmap = new Map([
			['soon', item('now', ['one#monthly-critical', 'one#daily-minor'])],
			['later', item('later', ['two#weekly-major'])],
			['no', item('declined', ['two#rare-major'])],
		]);
		const ranked = rankPains({ journeys, personas, roadmap });
		expect(ranked.find((p) => p.ref === 'two#rare-major')?.fixes).toEqual([]);
		expect(ranked.find((p) => p.ref === 'two#weekly-major')?.fixes).toEqual([{ id: 'later', horizon: 'later' }]);
		// The minor pain does not count, either way: 1 of the 3 critical and major pains.
		expect(coverage(ranked)).toEqual({ covered: 1, total: 3, share: 1 / 3 });
		expect(coverage([])).toEqual({ covered: 0, total: 0, share: undefined });
	});
});

describe('journey and pain map views', () => {
	let content: SiteContent;
	beforeAll(async () => {
		content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
	});

	it('a journey page has its diagram, its curve, a row per step and every pain with its fixes', () => {
		const view = journeyView(content, 'first-service');
		expect(view.diagram.source.split('\n')).toContain('journey');
		expect(view.map.rows).toHaveLength(2);
		expect(view.map.rows[1][3]).toEqual({ text: 'very unhappy (1 of 5)' });
		expect(view.curve.points.map((point) => point.emotion)).toEqual([3, 1]);
		expect(view.facts.find((fact) => fact.term === 'Time to value')?.text).toBe('at least 30 min (1 step not timed)');
		expect(view.pains.map((p) => [p.anchor, p.fixes.map((fix) => fix.link.href)])).toEqual([
			['pain-repo-setup-manual', ['/handbook/roadmap/service-templates/']],
			['pain-waiting-for-namespace', ['/handbook/roadmap/namespace-self-service/']],
		]);
	});

	it('the pain map lists each pain once under the base path, states its weights and the coverage', () => {
		const view = painMapView(content);
		const refs = view.pains.map((p) => p.link.href);
		expect(new Set(refs).size).toBe(refs.length);
		expect(refs).toHaveLength(content.relations.pains.size);
		expect(refs.every((href) => href.startsWith('/handbook/journeys/'))).toBe(true);
		expect(view.weights.map((weight) => weight.text)).toContain('critical 9, major 3, minor 1');
		expect(view.coverage.text).toMatch(/^\d of 2 critical and major pains have a roadmap item in now or next\.$/);
	});
});
