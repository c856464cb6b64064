import { describe, expect, it } from 'vitest';
import { matches, parseQuery, queryString } from '../../src/domain/board-filter.ts';
import { iceScore, priorityScore, riceScore, wsjfScore } from '../../src/domain/prioritisation.ts';
import {
	addQuarters,
	compareQuarters,
	halfLabel,
	quarterEnd,
	quarterOf,
	quarterSpan,
	quarterStart,
	quartersBetween,
} from '../../src/domain/quarters.ts';
import { isReviewOverdue, orderColumn, reviewDueOn, targetText } from '../../src/domain/roadmap.ts';
import { compareSortKeys } from '../../src/domain/sort-keys.ts';
import { PrioritySchema, type RoadmapItem, RoadmapItemSchema } from '../../src/schemas/roadmap-item.ts';
import { problemsAfter, replace, warningsAfter } from './fixture.ts';

describe('quarter arithmetic', () => {
	it('adds, compares and counts quarters across years', () => {
		expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
		expect(addQuarters('2027-Q1', -1)).toBe('2026-Q4');
		expect(addQuarters('2026-Q2', -7)).toBe('2024-Q3');
		expect(quartersBetween('2026-Q3', '2027-Q2')).toBe(3);
		expect(compareQuarters('2026-Q4', '2027-Q1')).toBeLessThan(0);
		expect(compareQuarters('2027-Q1', '2027-Q1')).toBe(0);
		expect(['2027-Q2', '2026-Q4', '2027-Q1'].sort(compareQuarters)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
	});

	it('knows each quarter of a date, its first and last day, its half and its spans', () => {
		expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
		expect([quarterStart('2027-Q3'), quarterEnd('2027-Q3')]).toEqual(['2027-07-01', '2027-09-30']);
		expect([quarterEnd('2027-Q1'), quarterEnd('2027-Q2'), quarterEnd('2027-Q4')]).toEqual(['2027-03-31', '2027-06-30', '2027-12-31']);
		expect([halfLabel('2027-Q2'), halfLabel('2027-Q3')]).toEqual(['H1 2027', 'H2 2027']);
		expect(quarterSpan('2027-Q3', 'half')).toEqual({ first: '2027-Q3', last: '2027-Q4' });
		expect(quarterSpan('2027-Q2', 'year')).toEqual({ first: '2027-Q1', last: '2027-Q4' });
	});
});

describe('review staleness', () => {
	it('a review falls due one cadence after the last, counting months by the calendar', () => {
		expect(reviewDueOn('2026-11-01', 'weekly')).toBe('2026-11-08');
		expect(reviewDueOn('2026-12-25', 'fortnightly')).toBe('2027-01-08');
		expect(reviewDueOn('2026-10-15', 'monthly')).toBe('2026-11-15');
		expect(reviewDueOn('2027-01-31', 'monthly')).toBe('2027-02-28');
		expect(reviewDueOn('2028-01-31', 'monthly')).toBe('2028-02-29');
		expect(reviewDueOn('2026-11-30', 'quarterly')).toBe('2027-02-28');
	});

	it('an open item is overdue only after its review fell due; shipped and declined items never are', () => {
		const item = { horizon: 'next', lastReviewed: '2026-10-15' } as const;
		expect(isReviewOverdue(item, 'monthly', '2026-11-15')).toBe(false);
		expect(isReviewOverdue(item, 'monthly', '2026-11-16')).toBe(true);
		expect(isReviewOverdue(item, 'quarterly', '2026-11-16')).toBe(false);
		expect(isReviewOverdue({ ...item, horizon: 'shipped' }, 'weekly', '2027-06-01')).toBe(false);
		expect(isReviewOverdue({ ...item, horizon: 'declined' }, 'weekly', '2027-06-01')).toBe(false);
	});
});

describe('target windows', () => {
	it('are only as precise as confidence allows', () => {
		expect(targetText('2027-Q3', 'high')).toBe('Q3 2027');
		expect(targetText('2027-Q3', 'medium')).toBe('H2 2027');
		expect(targetText('2027-Q3', 'low')).toBe('2027');
	});
});

/** A roadmap item with the fields ordering reads. */
const item = (id: string, fields: Partial<RoadmapItem>) => ({
	id,
	data: { title: id, horizon: 'next', confidence: 'medium', ...fields } as RoadmapItem,
});
const rice = (reach: number): RoadmapItem['priority'] => ({ rice: { reach, impact: 1, confidence: 1, effort: 1 } });
const wsjf = (value: 1 | 2 | 3 | 5 | 8 | 13 | 20): RoadmapItem['priority'] => ({
	wsjf: { value, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
});

describe('ordering within a column', () => {
	it('ranks by score when every item shares a model, the window breaking ties', () => {
		const { items, order } = orderColumn([
			item('b', { priority: rice(10), targetWindow: '2027-Q1' }),
			item('a', { priority: rice(50) }),
			item('c', { priority: rice(10), targetWindow: '2026-Q4' }),
		]);
		expect(order).toEqual({ by: 'score', model: 'rice' });
		expect(items.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
	});

	it('never ranks one model against another: mixed models go by target window, grouped by model within one', () => {
		const { items, order } = orderColumn([
			item('rice-late', { priority: rice(1000), targetWindow: '2027-Q3' }),
			item('wsjf-soon', { priority: wsjf(1), targetWindow: '2027-Q1' }),
			item('rice-soon-low', { priority: rice(1), targetWindow: '2027-Q1' }),
			item('rice-soon-high', { priority: rice(5), targetWindow: '2027-Q1' }),
			item('no-window', { priority: wsjf(20) }),
		]);
		expect(order).toEqual({ by: 'window' });
		expect(items.map((entry) => entry.id)).toEqual(['rice-soon-high', 'rice-soon-low', 'wsjf-soon', 'rice-late', 'no-window']);
	});

	it('goes by target window when nothing is scored, and when only some items are', () => {
		expect(
			orderColumn([item('b', { targetWindow: '2027-Q2' }), item('a', { targetWindow: '2027-Q1' })]).items.map((entry) => entry.id),
		).toEqual(['a', 'b']);
		const partly = orderColumn([
			item('scored', { priority: rice(9), targetWindow: '2027-Q4' }),
			item('unscored', { targetWindow: '2027-Q1' }),
		]);
		expect(partly.order).toEqual({ by: 'window' });
		expect(partly.items.map((entry) => entry.id)).toEqual(['unscored', 'scored']);
	});
});

describe('the scoring models, on the scales of DOMAIN.md', () => {
	it('computes RICE, WSJF and ICE', () => {
		expect(riceScore({ reach: 150, impact: 2, confidence: 0.8, effort: 8 })).toBe(30);
		expect(wsjfScore({ value: 8, timeCriticality: 13, riskReduction: 13, jobSize: 2 })).toBe(17);
		expect(iceScore({ impact: 6, confidence: 3, ease: 4, method: 'product' })).toBe(72);
		expect(iceScore({ impact: 6, confidence: 3, ease: 9, method: 'average' })).toBe(6);
		expect(priorityScore({ wsjf: { value: 5, timeCriticality: 2, riskReduction: 8, jobSize: 8 } })).toMatchObject({
			model: 'wsjf',
			score: 1.88,
		});
	});

	it('refuses inputs off each scale, and more or fewer than one model', () => {
		const refused = [
			{ rice: { reach: 10, impact: 1.5, confidence: 0.8, effort: 1 } },
			{ rice: { reach: 10, impact: 1, confidence: 0.7, effort: 1 } },
			{ rice: { reach: 10, impact: 1, confidence: 0.8, effort: 0 } },
			{ wsjf: { value: 4, timeCriticality: 1, riskReduction: 1, jobSize: 1 } },
			{ ice: { impact: 11, confidence: 5, ease: 5 } },
			{ ice: { impact: 0, confidence: 5, ease: 5 } },
			{},
			{ rice: { reach: 10, impact: 1, confidence: 1, effort: 1 }, ice: { impact: 5, confidence: 5, ease: 5 } },
		];
		for (const priority of refused) expect(PrioritySchema.safeParse(priority).success, JSON.stringify(priority)).toBe(false);
		for (const confidence of [1, 0.8, 0.5])
			expect(PrioritySchema.safeParse({ rice: { reach: 1, impact: 3, confidence, effort: 1 } }).success).toBe(true);
	});
});

describe('phases', () => {
	it('no word is both a horizon and a phase', () => {
		const horizons = RoadmapItemSchema.shape.horizon.options as readonly string[];
		for (const phase of ['discovery', 'in-design', 'preview', 'ga']) expect(horizons).not.toContain(phase);
	});

	it('the old phase "exploring" gets a hint naming its replacement', async () => {
		const problems = await problemsAfter({ 'roadmap/namespace-self-service.yaml': replace('phase: in-design', 'phase: exploring') });
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'roadmap/namespace-self-service.yaml',
				line: 4,
				field: 'phase',
				value: 'exploring',
				message: 'this phase was renamed, so that no word is both a horizon and a phase',
				hint: 'write phase: discovery instead of phase: exploring; the horizon "exploring" keeps its name',
			}),
		]);
	});
});

describe('content:check warnings', () => {
	it('warns of overdue reviews, items without a success metric and critical pains nothing addresses, without failing', async () => {
		const edits = {
			'roadmap/namespace-self-service.yaml': replace('addresses: [first-service#waiting-for-namespace]', 'addresses: []'),
		};
		const warnings = await warningsAfter(edits);
		expect(warnings.map((warning) => [warning.file, warning.line, warning.field, warning.severity])).toEqual([
			['journeys/first-service.yaml', 26, 'stages[1].steps[0].pains[0].severity', 'warning'],
			['roadmap/namespace-self-service.yaml', 22, 'lastReviewed', 'warning'],
			['roadmap/service-templates.mdx', 2, '', 'warning'],
		]);
		expect(warnings[0].message).toBe(
			'the critical pain "first-service#waiting-for-namespace" is addressed by no open or shipped roadmap item',
		);
		expect(warnings[1]).toMatchObject({
			value: '2026-10-01',
			message: 'the review is overdue: site.yaml asks for a monthly review, so the next was due on 2026-11-01',
			hint: 'review the item with its owners, then set lastReviewed: 2026-11-27',
		});
		expect(warnings[2].message).toBe('this item names no success metric, so nobody can tell whether it helped');
		expect(await problemsAfter(edits)).toEqual([]);
	});

	it('a review within the cadence and an addressed pain are no warnings', async () => {
		const warnings = await warningsAfter({
			'roadmap/namespace-self-service.yaml': replace('lastReviewed: 2026-10-01', 'lastReviewed: 2026-11-20'),
		});
		expect(warnings.map((warning) => warning.field)).toEqual(['']);
	});
});

describe('the board filters', () => {
	const card = {
		area: ['ci-cd'],
		persona: ['sre', 'app-developer'],
		team: ['runtime-team'],
		phase: ['preview'],
		confidence: ['high'],
		text: 'preview environments per pull request',
	};

	it('round-trip through the query string, dropping empty and unknown parameters', () => {
		const query = parseQuery('?persona=sre&area=ci-cd&q=pull%20request&utm=x&phase=');
		expect(query).toEqual({ persona: 'sre', area: 'ci-cd', q: 'pull request' });
		expect(queryString(query)).toBe('?area=ci-cd&persona=sre&q=pull+request');
		expect(parseQuery(queryString(query))).toEqual(query);
		expect(queryString({})).toBe('');
	});

	it('match a card on every chosen facet and every word', () => {
		expect(matches(card, {})).toBe(true);
		expect(matches(card, { persona: 'sre', area: 'ci-cd' })).toBe(true);
		expect(matches(card, { persona: 'data-engineer' })).toBe(false);
		expect(matches(card, { q: 'Pull  PREVIEW' })).toBe(true);
		expect(matches(card, { q: 'pull rollback' })).toBe(false);
		expect(matches(card, { confidence: 'high', phase: 'ga' })).toBe(false);
	});

	it('sortable tables compare numbers by value and text by words', () => {
		expect(['10', '9', '100', '1.5'].sort(compareSortKeys)).toEqual(['1.5', '9', '10', '100']);
		expect(['b', '2', 'A'].sort(compareSortKeys)).toEqual(['2', 'A', 'b']);
	});
});
