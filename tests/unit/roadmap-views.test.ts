import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/domain/roadmap-history.ts';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { roadmapBoardView } from '../../src/domain/views/roadmap-board.ts';
import { roadmapFeedView } from '../../src/domain/views/roadmap-feed.ts';
import { roadmapItemView } from '../../src/domain/views/roadmap-item.ts';
import { prioritiesView } from '../../src/domain/views/roadmap-priorities.ts';
import { metricVerdict, shippedView } from '../../src/domain/views/roadmap-shipped.ts';
import { mermaidText, timelineView } from '../../src/domain/views/roadmap-timeline.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

const at = (date: string) => ({ date, commit: date });
/** What git would say of the fixture's items: namespace-self-service entered Next, moved to Now, then slipped. */
const HISTORY = new Map<string, HistoryEvent[]>([
	[
		'namespace-self-service',
		[
			{ ...at('2026-02-01'), kind: 'entered', horizon: 'next' },
			{ ...at('2026-04-01'), kind: 'moved', from: 'next', to: 'now' },
			{ ...at('2026-09-15'), kind: 'slipped', from: '2026-Q4', to: '2027-Q1' },
		],
	],
	[
		'service-mesh',
		[
			{ ...at('2026-01-05'), kind: 'entered', horizon: 'exploring' },
			{ ...at('2026-05-02'), kind: 'declined' },
		],
	],
]);

let content: SiteContent;
beforeAll(async () => {
	const set = (await readContent(FIXTURE)).content;
	content = siteContentOf(set, '/handbook/', { today: '2026-11-27', history: { status: 'complete', items: HISTORY } });
});

describe('roadmap views', () => {
	it('the board flags an overdue review and a slipped window, and offers the filters its open items use', () => {
		const board = roadmapBoardView(content);
		const card = board.columns[0].cards[0];
		expect(card.flags.map((flag) => flag.text)).toEqual(['Review overdue', 'Slipped from Q4 2026']);
		expect(board.intro).toContain('1 item is overdue for review');
		expect(board.filters.find((facet) => facet.name === 'persona')?.options).toEqual([
			{ value: 'app-developer', label: 'Priya, product engineer' },
		]);
		expect(board.total).toBe(1);
		expect(board.feed.href).toBe('/handbook/roadmap.xml');
	});

	it('an item page tells its history in words, and without git says why it has none', () => {
		expect(roadmapItemView(content, 'namespace-self-service').history.events).toEqual([
			{ date: '2026-02-01', text: 'Entered the roadmap in Next' },
			{ date: '2026-04-01', text: 'Moved from Next to Now' },
			{ date: '2026-09-15', text: 'Target window slipped from Q4 2026 to Q1 2027' },
		]);
		const shallow = { ...content, history: { status: 'shallow' as const, reason: 'this clone is shallow' } };
		expect(roadmapItemView(shallow, 'namespace-self-service').history).toEqual({ events: [], note: 'No history: this clone is shallow.' });
		expect(roadmapItemView(shallow, 'namespace-self-service').flags.map((flag) => flag.text)).toEqual(['Review overdue']);
	});

	it('the priorities page writes each model out with its scales and shows the worked score', () => {
		const [rice] = prioritiesView(content).models;
		expect(rice.formula).toBe('RICE = reach × impact × confidence ÷ effort');
		expect(rice.scales.map((scale) => scale.text)).toContain('3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal');
		expect(rice.table.rows[0].map((cell) => cell.text ?? cell.link?.label ?? cell.badges?.[0].text)).toEqual([
			'Namespace self-service',
			'Now',
			'120',
			'2 (high)',
			'80%',
			'3 person-months',
			'120 × 2 × 0.8 ÷ 3 =',
			'64',
		]);
		expect(rice.table.sortable).toBe(true);
	});

	it('the timeline draws a window as wide as confidence allows, escapes names for mermaid, and lists the same facts', () => {
		const view = timelineView(content);
		expect(view.diagram.source).toContain('section Now\n    Namespace self-service :active, 2027-01-01, 2027-06-30');
		expect(view.diagram.source).toContain('section Shipped\n    Service templates :milestone, done, 2026-06-25, 0d');
		expect(view.table.rows.map((row) => row[0].link?.label)).toEqual(['Service templates', 'Namespace self-service']);
		expect(mermaidText('CI: faster; #1 <b>\nnow')).toBe('CI#58; faster#59; #35;1 #60;b#62; now');
	});

	it('the shipped archive totals by year and quarter, and judges success metrics since the ship day', () => {
		const view = shippedView(content);
		expect(view.totals.rows).toEqual([
			[
				{ text: '2026' },
				{ text: '0' },
				{ link: { href: '#q-2026-q2', label: '1' } },
				{ text: '0' },
				{ text: '0' },
				{ text: '1', nowrap: true },
			],
		]);
		expect(view.quarters.map((quarter) => [quarter.label, quarter.count])).toEqual([['Q2 2026', '1 item']]);
		expect(view.quarters[0].items[0]).toMatchObject({ shippedOn: '2026-06-25', outcome: 'New services start with working CI.' });
		expect(view.declined.map((card) => card.reason)).toEqual(['The operational cost outweighs the benefit at our size.']);
		const series = [
			{ date: '2026-05-31', value: 9 },
			{ date: '2026-07-31', value: 7 },
		];
		const goal = { metric: 'onboarding-days', target: 3 };
		expect(metricVerdict(goal, 'down', series, '2026-06-25')).toMatchObject({
			verdict: 'moved toward target',
			start: 9,
			latest: series[1],
		});
		expect(metricVerdict({ ...goal, baseline: 6 }, 'down', series, '2026-06-25').verdict).toBe('moved away from target');
		expect(metricVerdict({ ...goal, target: 7 }, 'down', series, '2026-06-25').verdict).toBe('target met');
		expect(metricVerdict(goal, 'down', series, '2026-08-01').verdict).toBe('not measured since it shipped');
		expect(metricVerdict(goal, 'down', series.slice(1), '2026-06-25').verdict).toBe('no baseline');
	});

	it('the feed announces shipping, declining, entering Now and slips, newest first', () => {
		expect(roadmapFeedView(content).items.map((item) => [item.date, item.category, item.title])).toEqual([
			['2026-09-15', 'slipped', 'Slipped: Namespace self-service'],
			['2026-06-25', 'shipped', 'Shipped: Service templates'],
			['2026-05-02', 'declined', 'Declined: Service mesh'],
			['2026-04-01', 'now', 'Now being built: Namespace self-service'],
		]);
		expect(roadmapFeedView(content).items[0].link).toBe('/handbook/roadmap/namespace-self-service/');
	});
});
