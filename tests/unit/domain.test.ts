import { describe, expect, it } from 'vitest';
import { decisionLabel, resolveDecisionRef, supersededBy } from '../../src/domain/decision-refs.ts';
import { findCycles } from '../../src/domain/graph.ts';

import {
	bandFor,
	daysBetween,
	formatMetricValue,
	headlineMetrics,
	latestChange,
	meetsTarget,
	metricSeries,
	movementSince,
	overdueBy,
	trendOf,
} from '../../src/domain/metrics.ts';
import { editDistance, nearest } from '../../src/domain/nearest.ts';
import { priorityScore } from '../../src/domain/prioritisation.ts';
import { formatGithubAnnotations, formatProblem, formatReport } from '../../src/domain/problem.ts';
import { groupByQuarter, quarterLabel, quarterOf } from '../../src/domain/quarters.ts';
import { groupByHorizon } from '../../src/domain/roadmap.ts';
import type { MetricSnapshot } from '../../src/schemas/metric-snapshot.ts';
import type { RoadmapItem } from '../../src/schemas/roadmap-item.ts';

describe('nearest ids', () => {
	it('measures edit distance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
	it('suggests a close id and nothing for a far one', () => {
		expect(nearest('app-develper', ['app-developer', 'sre'])).toBe('app-developer');
		expect(nearest('quantum', ['app-developer', 'sre'])).toBeUndefined();
	});
});

describe('cycles', () => {
	it('finds each cycle once and ignores edges to unknown nodes', () => {
		const edges = new Map([
			['b', ['c']],
			['c', ['a', 'missing']],
			['a', ['b']],
			['d', ['d']],
			['e', ['a']],
		]);
		expect(findCycles(edges)).toEqual([['a', 'b', 'c'], ['d']]);
	});
	it('finds none in a DAG', () => {
		expect(
			findCycles(
				new Map([
					['a', ['b']],
					['b', []],
				]),
			),
		).toEqual([]);
	});
});

describe('decision references', () => {
	const ids = ['0003-jenkins-for-ci', '0009-github-actions-for-ci'];
	it('resolves ADR-N and full ids', () => {
		expect(resolveDecisionRef('ADR-0009', ids)).toBe('0009-github-actions-for-ci');
		expect(resolveDecisionRef('adr-3', ids)).toBe('0003-jenkins-for-ci');
		expect(resolveDecisionRef('0003-jenkins-for-ci', ids)).toBe('0003-jenkins-for-ci');
		expect(resolveDecisionRef('ADR-0004', ids)).toBeUndefined();
		expect(decisionLabel('0009-github-actions-for-ci')).toBe('ADR-0009');
	});
	it('derives superseded-by from supersedes', () => {
		expect(
			supersededBy([
				{ id: '0009-github-actions-for-ci', supersedes: ['ADR-0003'] },
				{ id: '0003-jenkins-for-ci', supersedes: [] },
			]),
		).toEqual(new Map([['0003-jenkins-for-ci', ['0009-github-actions-for-ci']]]));
	});
});

describe('prioritisation', () => {
	it('scores RICE as reach x impact x confidence / effort (Intercom)', () => {
		expect(priorityScore({ rice: { reach: 200, impact: 2, confidence: 0.8, effort: 4 } })).toEqual({
			model: 'rice',
			score: 80,
			formula: 'reach 200 × impact 2 × confidence 0.8 ÷ effort 4',
		});
	});
	it('scores WSJF as cost of delay over job size (SAFe)', () => {
		expect(priorityScore({ wsjf: { value: 8, timeCriticality: 5, riskReduction: 3, jobSize: 5 } }).score).toBe(3.2);
	});
	it('scores ICE as a product, or an average when the team says so', () => {
		expect(priorityScore({ ice: { impact: 8, confidence: 5, ease: 4, method: 'product' } }).score).toBe(160);
		expect(priorityScore({ ice: { impact: 8, confidence: 5, ease: 5, method: 'average' } }).score).toBe(6);
	});
});

describe('quarters', () => {
	it('maps dates to quarters', () => {
		expect(quarterOf('2026-03-31')).toBe('2026-Q1');
		expect(quarterOf('2026-04-01')).toBe('2026-Q2');
		expect(quarterOf('2026-12-31')).toBe('2026-Q4');
		expect(quarterLabel('2027-Q1')).toBe('Q1 2027');
	});
	it('groups newest quarter first', () => {
		const groups = groupByQuarter(['2026-02-01', '2026-09-30', '2026-08-01'], (date) => date);
		expect(groups).toEqual([
			{ quarter: '2026-Q3', items: ['2026-09-30', '2026-08-01'] },
			{ quarter: '2026-Q1', items: ['2026-02-01'] },
		]);
	});
});

describe('metrics', () => {
	const snapshot = (date: string, values: Record<string, number>, samples: Record<string, number> = {}): { data: MetricSnapshot } => ({
		data: { date, values, teams: {}, samples },
	});
	const snapshots = [
		snapshot('2026-03-31', { nps: 20 }, { nps: 150 }),
		snapshot('2026-01-31', { nps: 12, lead: 50 }),
		snapshot('2026-02-28', { lead: 40 }),
	];
	it('builds a series oldest first, skipping snapshots without the metric', () => {
		expect(metricSeries('nps', snapshots)).toEqual([
			{ date: '2026-01-31', value: 12, samples: undefined },
			{ date: '2026-03-31', value: 20, samples: 150 },
		]);
	});
	it('says whether the latest change went the better way', () => {
		expect(latestChange(metricSeries('lead', snapshots), 'down')).toMatchObject({
			delta: -10,
			trend: 'better',
			from: { date: '2026-01-31' },
		});
		expect(latestChange(metricSeries('nps', snapshots), 'down')).toMatchObject({ delta: 8, trend: 'worse', to: { date: '2026-03-31' } });
		expect(latestChange([], 'up')).toBeUndefined();
	});
	it('measures movement since a date from the value as of that day', () => {
		const series = [
			{ date: '2026-01-31', value: 50 },
			{ date: '2026-02-28', value: 40 },
			{ date: '2026-03-31', value: 30 },
		];
		// Shipped mid-February: compared with January's value, the latest on or before the day.
		expect(movementSince(series, '2026-02-15', 'down')).toEqual({
			from: series[0],
			to: { from: series[0], to: series[2], delta: -20, trend: 'better' },
		});
		// Shipped on a snapshot day: that day's value is the one before.
		expect(movementSince(series, '2026-02-28', 'up')?.to).toMatchObject({ from: series[1], delta: -10, trend: 'worse' });
		// Nothing measured since: no movement yet, but the value as of the day.
		expect(movementSince(series, '2026-04-30', 'up')).toEqual({ from: series[2] });
		// Nothing measured by then: nothing to compare with.
		expect(movementSince(series, '2025-12-31', 'up')).toBeUndefined();
	});
	it('meets a target at or past it, in the better direction', () => {
		expect([meetsTarget(80, 80, 'up'), meetsTarget(79.9, 80, 'up'), meetsTarget(24, 24, 'down'), meetsTarget(25, 24, 'down')]).toEqual([
			true,
			false,
			true,
			false,
		]);
		expect(trendOf(0, 'up')).toBe('same');
		expect(trendOf(-1, 'down')).toBe('better');
	});
	it('says a value is overdue once it is older than one cadence', () => {
		expect(overdueBy('2026-10-31', '2026-12-01', 'monthly')).toBeUndefined();
		expect(overdueBy('2026-10-31', '2026-12-02', 'monthly')).toBe(32);
		expect(overdueBy('2026-09-30', '2026-11-27', 'quarterly')).toBeUndefined();
		expect(overdueBy('2026-11-19', '2026-11-27', 'weekly')).toBe(8);
		expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
	});
	it('finds the DORA band, min inclusive and max exclusive', () => {
		const bands = {
			source: 'DORA',
			year: 2024,
			levels: [
				{ label: 'elite', max: 24 },
				{ label: 'high', min: 24, max: 168 },
				{ label: 'low', min: 720 },
			],
		};
		expect(bandFor(23.9, bands)).toBe('elite');
		expect(bandFor(24, bands)).toBe('high');
		expect(bandFor(300, bands)).toBeUndefined();
		expect(bandFor(1000, bands)).toBe('low');
	});
	it('picks one headline metric per category, in category order', () => {
		const metric = (id: string, category: 'adoption' | 'experience' | 'delivery' | 'health' | 'cost') => ({ id, data: { category } });
		const picked = headlineMetrics([
			metric('lead', 'delivery'),
			metric('cost', 'cost'),
			metric('nps', 'experience'),
			metric('adopt', 'adoption'),
			metric('fail', 'delivery'),
			metric('up', 'health'),
		]);
		expect(picked.map((entry) => entry.id)).toEqual(['adopt', 'nps', 'lead', 'up']);
	});

	it('formats values in their unit', () => {
		expect(formatMetricValue(72.456, { unit: 'percent' })).toBe('72.5%');
		expect(formatMetricValue(21, { unit: 'score' })).toBe('+21');
		expect(formatMetricValue(-3, { unit: 'score' })).toBe('-3');
		expect(formatMetricValue(1240, { unit: 'currency', currency: 'EUR' })).toBe('€1,240');
		expect(formatMetricValue(4.25, { unit: 'per-day' })).toBe('4.25 per day');
	});
});

describe('roadmap board', () => {
	const item = (id: string, horizon: RoadmapItem['horizon'], priority?: RoadmapItem['priority']) => ({
		id,
		data: { title: id, horizon, priority } as RoadmapItem,
	});
	it('ranks within one model only, models in a fixed order, unscored last', () => {
		const groups = groupByHorizon([
			item('ice-high', 'now', { ice: { impact: 9, confidence: 9, ease: 9, method: 'product' } }),
			item('rice-low', 'now', { rice: { reach: 10, impact: 1, confidence: 1, effort: 1 } }),
			item('none', 'now'),
			item('rice-high', 'now', { rice: { reach: 100, impact: 1, confidence: 1, effort: 1 } }),
			item('wsjf', 'now', { wsjf: { value: 1, timeCriticality: 1, riskReduction: 1, jobSize: 1 } }),
			item('done', 'shipped'),
		]);
		expect(groups.now.map((entry) => entry.id)).toEqual(['rice-high', 'rice-low', 'wsjf', 'ice-high', 'none']);
		expect(groups.shipped.map((entry) => entry.id)).toEqual(['done']);
	});
});

describe('problem reports', () => {
	const problem = {
		file: 'content/roadmap/x.yaml',
		line: 9,
		column: 13,
		field: 'personas[1]',
		value: 'app-develper',
		message: 'no persona has the id "app-develper"',
		hint: 'did you mean "app-developer"?',
	};
	it('puts where first, then field, value and message, then the hint', () => {
		expect(formatProblem(problem)).toBe(
			'content/roadmap/x.yaml:9:13\n  personas[1] = "app-develper": no persona has the id "app-develper"\n  Hint: did you mean "app-developer"?',
		);
	});
	it('counts problems and files', () => {
		expect(
			formatReport([problem, { ...problem, line: 2 }])
				.split('\n')
				.at(-1),
		).toBe('*** Found 2 content problems in 1 file');
	});
	it('writes GitHub annotations with escaped properties', () => {
		expect(formatGithubAnnotations([problem])).toBe(
			'::error file=content/roadmap/x.yaml,line=9,col=13,title=personas[1]::no persona has the id "app-develper" Hint: did you mean "app-developer"?',
		);
	});
	it('escapes what would end a property or a message early, one annotation per line', () => {
		const odd = { ...problem, file: 'content/roadmap/a,b:c.yaml', field: 'values.x:y', message: '100% wrong\nreally', hint: 'a, b: c' };
		const lines = formatGithubAnnotations([odd, { ...problem, field: '', hint: undefined }]).split('\n');
		expect(lines).toEqual([
			'::error file=content/roadmap/a%2Cb%3Ac.yaml,line=9,col=13,title=values.x%3Ay::100%25 wrong%0Areally Hint: a, b: c',
			'::error file=content/roadmap/x.yaml,line=9,col=13,title=file::no persona has the id "app-develper"',
		]);
	});
});
