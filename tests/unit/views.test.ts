import { beforeAll, describe, expect, it } from 'vitest';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { decisionView } from '../../src/domain/views/decision.ts';
import { formatMinutes } from '../../src/domain/views/format.ts';
import { guideView } from '../../src/domain/views/guide.ts';
import { decisionLogView, roadmapBoardView, startPathView } from '../../src/domain/views/indexes.ts';
import { metricView } from '../../src/domain/views/metric.ts';
import { nameList } from '../../src/domain/views/parts.ts';
import { personaView } from '../../src/domain/views/persona.ts';
import { demandText, roadmapItemView } from '../../src/domain/views/roadmap-item.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
});

describe('page views, computed without a build', () => {
	it('a roadmap item shows its pains, goals, decisions and dependencies as links under the base path', () => {
		const view = roadmapItemView(content, 'namespace-self-service');
		expect(view.pains).toEqual([
			{
				href: '/handbook/journeys/first-service/#pain-waiting-for-namespace',
				text: 'A ticket and two days of waiting.',
				severity: 'critical',
				frequency: 'monthly',
				journey: { href: '/handbook/journeys/first-service/', label: 'Ship a new service' },
			},
		]);
		expect(view.goals).toEqual([
			{
				metric: { href: '/handbook/metrics/onboarding-days/', label: 'Onboarding time' },
				baseline: '9 days',
				target: '2 days',
				by: 'Q1 2027',
			},
		]);
		expect(view.context.find((fact) => fact.term === 'Depends on')?.links).toEqual([
			{ href: '/handbook/roadmap/service-templates/', label: 'Service templates' },
		]);
		expect(view.context.find((fact) => fact.term === 'Priority')?.text).toBe('RICE 64 = 120 x 2 x 0.8 / 3');
		expect(view.feedback).toEqual({
			href: 'https://github.com/example/fixture/discussions/1',
			label: 'Give feedback on Namespace self-service',
		});
	});

	it('a metric headline names the snapshot it compares with', () => {
		const view = metricView(content, 'onboarding-days');
		expect(`${view.headline?.value}${view.headline?.rest}`).toBe('5 days as of 2026-03-31, better than on 2026-02-28 (-2 days)');
		expect(view.history.map((point) => point.date)).toEqual(['2026-03-31', '2026-02-28', '2026-01-31']);
		expect(metricView(content, 'change-lead-time').teams).toEqual([{ team: 'Checkout', value: '20 h', date: '2026-03-31' }]);
	});

	it('a persona lists needs must first and its roadmap items with their horizon', () => {
		const view = personaView(content, 'app-developer');
		expect(view.needs.map((need) => need.priority)).toEqual(['must']);
		expect(view.start).toEqual({ href: '/handbook/start/app-developer/', label: 'Get started as Priya, product engineer' });
		expect(view.roadmap.map((link) => link.label)).toContain('Namespace self-service (now)');
	});

	it('a guide says which step of which path it is, and what comes next', () => {
		expect(guideView(content, 'basics/access').paths).toEqual([
			{
				path: { href: '/handbook/start/app-developer/', label: 'Your first week' },
				step: 1,
				of: 2,
				next: { href: '/handbook/guides/basics/setup/', label: expect.any(String) as string },
			},
		]);
		expect(startPathView(content, 'app-developer').total).toBe('40 min');
	});

	it('a decision shows what superseded it, and the log lists records newest number first', () => {
		expect(decisionView(content, '0001-use-templates').supersededBy.map((link) => link.href)).toEqual([
			'/handbook/decisions/0002-golden-path-templates/',
		]);
		expect(decisionLogView(content).rows.map((row) => row.label)).toEqual(['ADR-0002', 'ADR-0001']);
	});

	it('the board has the four open horizons, each card with its labelled facts', () => {
		const board = roadmapBoardView(content);
		expect(board.columns.map((column) => column.label)).toEqual(['Now', 'Next', 'Later', 'Exploring']);
		expect(board.columns[0].cards[0].meta).toEqual(['CI/CD', 'in design', 'target Q1 2027', 'medium confidence']);
	});

	it('views are plain data, so their JSON is a faithful page key', () => {
		const view = roadmapItemView(content, 'namespace-self-service');
		expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(JSON.stringify(structuredClone(view))));
		expect(JSON.stringify(view)).not.toContain('{}');
	});
});

describe('formatting', () => {
	it('reads durations in minutes and hours', () => {
		expect([formatMinutes(45), formatMinutes(60), formatMinutes(150), formatMinutes(480)]).toEqual(['45 min', '1 h', '2 h 30 min', '8 h']);
	});

	it('separates names that contain commas with semicolons', () => {
		expect(nameList(['Marek, site reliability engineer', 'Priya, product engineer'])).toBe(
			'Marek, site reliability engineer; Priya, product engineer',
		);
		expect(nameList(['CI/CD', 'Observability'])).toBe('CI/CD, Observability');
	});

	it('writes demand as its parts', () => {
		expect(demandText({ votes: 12, requests: 3 })).toBe('12 votes; 3 team requests');
		expect(demandText(undefined)).toBeUndefined();
	});
});
