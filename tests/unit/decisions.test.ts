import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentSet } from '../../src/domain/content-set.ts';
import { byDecidedDate, groupByYear, historyProblems, recordsSharingTags, supersessionChain } from '../../src/domain/decisions.ts';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { decisionFeedView } from '../../src/domain/views/decision-feed.ts';
import { decisionLogView } from '../../src/domain/views/decision-log.ts';
import { decisionView, withDecisionLinks } from '../../src/domain/views/decision.ts';
import { homeView } from '../../src/domain/views/home.ts';
import { readContent } from '../../src/lib/read-content.ts';
import type { Decision } from '../../src/schemas/decision.ts';
import { FIXTURE, TODAY, fixtureText, problemsAfter, replace } from './fixture.ts';

const record = (fields: Partial<Decision>): Decision => ({
	title: 'A decision',
	status: 'accepted',
	date: '2025-01-01',
	'decision-makers': [],
	consulted: [],
	informed: [],
	tags: [],
	supersedes: [],
	roadmap: [],
	history: [],
	...fields,
});

/**
 * A log of five records: 0001 (2024) superseded by 0003 then 0005; 0002 decided in 2024 and
 * deprecated in 2026; 0004 proposed. Numbers and decided dates disagree on purpose.
 */
const RECORDS: Record<string, Decision> = {
	'0001-helm': record({
		title: 'Helm charts',
		status: 'superseded',
		date: '2024-03-01',
		tags: ['deploy', 'helm'],
		history: [{ status: 'superseded', date: '2025-06-01' }],
	}),
	'0002-one-cluster': record({
		title: 'One cluster',
		status: 'deprecated',
		date: '2024-10-15',
		tags: ['clusters'],
		'decision-makers': ['Mara (Head of Platform)'],
		history: [{ status: 'deprecated', date: '2026-09-15', note: 'A cluster per region replaces it.' }],
	}),
	'0003-templates': record({
		title: 'Templates',
		status: 'superseded',
		date: '2025-06-01',
		tags: ['deploy', 'templates'],
		supersedes: ['ADR-0001'],
		history: [{ status: 'superseded', date: '2026-02-01' }],
	}),
	'0004-flags': record({ title: 'Feature flags', status: 'proposed', date: '2026-07-14', tags: ['release'] }),
	'0005-platform-chart': record({
		title: 'One platform chart',
		date: '2026-02-01',
		tags: ['deploy', 'helm'],
		supersedes: ['0003-templates'],
		'decision-makers': ['Mara (Head of Platform)', 'Tomasz'],
		area: 'ci-cd',
	}),
};

let content: SiteContent;
beforeAll(async () => {
	const set: ContentSet = (await readContent(FIXTURE)).content;
	set.decisions = Object.entries(RECORDS).map(([id, data]) => ({
		id,
		data,
		file: `decisions/${id}.md`,
		locate: () => ({ line: 1, column: 1 }),
	}));
	set.roadmap = set.roadmap.map((item) => ({ ...item, data: { ...item.data, decisions: [] } }));
	content = siteContentOf(set, '/handbook/');
});

const entries = () => Object.entries(RECORDS).map(([id, data]) => ({ id, data }));

describe('decided dates', () => {
	it('orders records by the day they were decided, not by number or by their last status change', () => {
		expect(
			entries()
				.sort(byDecidedDate)
				.map((entry) => entry.id),
		).toEqual(['0004-flags', '0005-platform-chart', '0003-templates', '0002-one-cluster', '0001-helm']);
	});

	it('groups the log by the year of decision, newest first, each with its count', () => {
		expect(groupByYear(entries()).map((group) => [group.year, group.entries.map((entry) => entry.id)])).toEqual([
			['2026', ['0004-flags', '0005-platform-chart']],
			['2025', ['0003-templates']],
			['2024', ['0002-one-cluster', '0001-helm']],
		]);
		const log = decisionLogView(content);
		expect(log.groups.map((group) => `${group.year}: ${group.count}`)).toEqual(['2026: 2 records', '2025: 1 record', '2024: 2 records']);
	});

	it('recent decisions on the home page are the ones decided recently, not recently deprecated', () => {
		expect(homeView(content).decisions.map((decision) => decision.label)).toEqual(['ADR-0004', 'ADR-0005', 'ADR-0003', 'ADR-0002']);
	});
});

describe('the decision log', () => {
	it('shows status changes as such, what superseded a record, and links tags and decision-makers to filtered views', () => {
		const rows = decisionLogView(content).groups.flatMap((group) => group.table.rows);
		const row = (label: string) => rows.find((cells) => cells[0].text === label)!;
		expect(row('ADR-0002')[2]).toMatchObject({ badges: [{ value: 'deprecated' }], note: 'on 2026-09-15' });
		expect(row('ADR-0002')[3]).toEqual({ date: '2024-10-15' });
		expect(row('ADR-0005')[2].note).toBeUndefined();
		expect(row('ADR-0001')[4].list).toEqual([{ href: '/handbook/decisions/0003-templates/', label: 'ADR-0003' }]);
		expect(row('ADR-0005')[5].list).toEqual([
			{ href: '/handbook/decisions/?maker=Mara+%28Head+of+Platform%29', label: 'Mara (Head of Platform)' },
			{ href: '/handbook/decisions/?maker=Tomasz', label: 'Tomasz' },
		]);
		expect(row('ADR-0005')[7].links).toEqual([
			{ href: '/handbook/decisions/?tag=deploy', label: 'deploy' },
			{ href: '/handbook/decisions/?tag=helm', label: 'helm' },
		]);
	});

	it('gives each row the facets the filters read, and each filter every value with its count', () => {
		const [group2026] = decisionLogView(content).groups;
		expect(group2026.table.rowAttributes?.[1]).toEqual({
			id: 'record-0005',
			data: {
				status: 'accepted',
				area: 'ci-cd',
				tag: '["deploy","helm"]',
				maker: '["Mara (Head of Platform)","Tomasz"]',
				year: '2026',
				decided: '2026-02-01',
				number: '0005',
			},
		});
		const filters = Object.fromEntries(decisionLogView(content).filters.map((filter) => [filter.name, filter.options]));
		expect(filters.status.map((option) => `${option.value} ${option.count}`)).toEqual([
			'proposed 1',
			'accepted 1',
			'deprecated 1',
			'superseded 2',
		]);
		expect(filters.tag[0]).toEqual({ value: 'deploy', label: 'deploy', count: 3 });
		expect(filters.year.map((option) => option.value)).toEqual(['2026', '2025', '2024']);
		expect(filters.area).toEqual([{ value: 'ci-cd', label: 'CI/CD', count: 1 }]);
	});
});

describe('a decision record page', () => {
	it('says by which record and on which day it was superseded', () => {
		expect(decisionView(content, '0001-helm').banner).toMatchObject({
			text: 'Superseded by',
			links: [{ href: '/handbook/decisions/0003-templates/', label: 'ADR-0003 Templates' }],
			after: 'on 2025-06-01.',
		});
	});

	it('says when a record was deprecated and why, and lists its status history from the day it was decided', () => {
		const view = decisionView(content, '0002-one-cluster');
		expect(view.banner).toMatchObject({
			text: 'Deprecated on 2026-09-15.',
			note: [{ text: 'A cluster per region replaces it.' }],
			links: [],
		});
		expect(view.history?.rows).toEqual([
			[{ date: '2024-10-15' }, { text: 'decided' }, { text: 'The decision was made.' }],
			[
				{ date: '2026-09-15' },
				{ badges: [expect.objectContaining({ value: 'deprecated' })] },
				{ text: 'A cluster per region replaces it.' },
			],
		]);
		expect(decisionView(content, '0005-platform-chart').history).toBeUndefined();
	});

	it('offers a comment link while proposed, to the site feedback URL when the record names none', () => {
		expect(decisionView(content, '0004-flags').banner).toMatchObject({
			text: 'Proposed on 2026-07-14, not decided yet.',
			comment: { href: content.site.feedbackUrl, label: 'Comment on this proposal' },
		});
		expect(decisionView(content, '0005-platform-chart').banner.comment).toBeUndefined();
	});

	it('follows the supersession chain both ways, oldest first, marking the record itself', () => {
		expect(supersessionChain('0003-templates', content.relations)).toEqual({ older: ['0001-helm'], newer: ['0005-platform-chart'] });
		expect(supersessionChain('0001-helm', content.relations)).toEqual({ older: [], newer: ['0003-templates', '0005-platform-chart'] });
		expect(decisionView(content, '0005-platform-chart').chain?.map((step) => [step.link.label, step.status.value, step.current])).toEqual([
			['ADR-0001 Helm charts', 'superseded', false],
			['ADR-0003 Templates', 'superseded', false],
			['ADR-0005 One platform chart', 'accepted', true],
		]);
		expect(decisionView(content, '0004-flags').chain).toBeUndefined();
	});

	it('stops at a cycle instead of looping', () => {
		const loop = {
			supersedes: new Map([
				['a', ['b']],
				['b', ['a']],
			]),
			supersededBy: new Map([
				['a', ['b']],
				['b', ['a']],
			]),
		};
		expect(supersessionChain('a', loop)).toEqual({ older: ['b'], newer: ['b'] });
	});

	it('lists the records sharing most tags first, and draws its relations as a diagram with the same links in a table', () => {
		expect(recordsSharingTags('0005-platform-chart', entries(), 5)).toEqual([
			{ id: '0001-helm', shared: ['deploy', 'helm'] },
			{ id: '0003-templates', shared: ['deploy'] },
		]);
		const { relations } = decisionView(content, '0003-templates');
		expect(relations?.diagram.split('\n')).toEqual([
			'flowchart LR',
			'  this["ADR-0003 Templates"]',
			'  old0["ADR-0001 Helm charts"] -- superseded by --> this',
			'  this -- superseded by --> new0["ADR-0005 One platform chart"]',
		]);
		expect(relations?.table.rows.map((row) => `${row[0].text}: ${row[1].link?.label}`)).toEqual([
			'Supersedes: ADR-0001 Helm charts',
			'Superseded by: ADR-0005 One platform chart',
		]);
		expect(decisionView(content, '0004-flags').relations).toBeUndefined();
	});
});

describe('ADR references in fields', () => {
	it('become links to the records they name, and unknown numbers stay text', () => {
		expect(withDecisionLinks(content, 'Replaced by ADR 5, not ADR-0099.')).toEqual([
			{ text: 'Replaced by ' },
			{ text: 'ADR 5', link: { href: '/handbook/decisions/0005-platform-chart/', label: 'ADR-0005: One platform chart' } },
			{ text: ', not ADR-0099.' },
		]);
	});
});

describe('the decision feed', () => {
	it('has an item for every decision and every later status change, newest first, each linking to its record', () => {
		const items = decisionFeedView(content).items;
		expect(items.map((item) => `${item.date} ${item.title}`)).toEqual([
			'2026-09-15 ADR-0002 deprecated: One cluster',
			'2026-07-14 ADR-0004 proposed: Feature flags',
			'2026-02-01 ADR-0005 accepted: One platform chart',
			'2026-02-01 ADR-0003 superseded: Templates',
			'2025-06-01 ADR-0003 decided: Templates',
			'2025-06-01 ADR-0001 superseded: Helm charts',
			'2024-10-15 ADR-0002 decided: One cluster',
			'2024-03-01 ADR-0001 decided: Helm charts',
		]);
		expect(items[0]).toMatchObject({
			link: '/handbook/decisions/0002-one-cluster/#status-1',
			description: 'ADR-0002 was deprecated on 2026-09-15. A cluster per region replaces it.',
		});
		expect(items[3].description).toBe('ADR-0003 was superseded on 2026-02-01 by ADR-0005.');
	});
});

describe('status history rules', () => {
	const decided = { status: 'deprecated', date: '2024-10-15' } as const;

	it('accepts changes in date order, on or after the decision, ending in the current status', () => {
		expect(
			historyProblems(
				{
					...decided,
					history: [
						{ status: 'accepted', date: '2024-10-15' },
						{ status: 'deprecated', date: '2026-09-15' },
					],
				},
				TODAY,
			),
		).toEqual([]);
	});

	it.each([
		['a change before the decision', [{ status: 'deprecated', date: '2024-01-01' }], 'history[0].date', "before the decision's date"],
		['a change in the future', [{ status: 'deprecated', date: '2027-01-01' }], 'history[0].date', 'in the future'],
		[
			'changes out of order',
			[
				{ status: 'accepted', date: '2025-01-01' },
				{ status: 'deprecated', date: '2024-12-01' },
			],
			'history[1].date',
			'out of order',
		],
		[
			'a last change that is not the status',
			[{ status: 'superseded', date: '2025-01-01' }],
			'history[0].status',
			'the record\'s status is "deprecated"',
		],
	] as const)('reports %s at its field', (_, history, field, message) => {
		const problems = historyProblems({ ...decided, history: [...history] }, TODAY);
		expect(problems).toHaveLength(1);
		expect(
			problems[0].path
				.map(String)
				.join('.')
				.replace(/\.(\d+)/g, '[$1]'),
		).toBe(field);
		expect(problems[0].message).toContain(message);
	});

	it('reports a bad history in the content check with file, line, field, value and hint', async () => {
		const problems = await problemsAfter({
			'decisions/0001-use-templates.mdx': replace('area: ci-cd', 'area: ci-cd\nhistory:\n  - status: deprecated\n    date: 2024-12-01'),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				line: 9,
				field: 'history[0].status',
				value: 'deprecated',
				hint: expect.stringContaining('set status: deprecated') as string,
			}),
			expect.objectContaining({
				file: 'decisions/0001-use-templates.mdx',
				line: 10,
				field: 'history[0].date',
				value: '2024-12-01',
				message: "the first status change is before the decision's date, 2025-01-10",
			}),
		]);
	});
});

describe('ADR references in bodies', () => {
	it('reports a reference to a record that does not exist with its file, line and column, and leaves code and links alone', async () => {
		const body = [
			'',
			'Builds on ADR-0002 and ADR 1, not on ADR-0009.',
			'',
			'`ADR-0042` in code, and [ADR-0043](https://example.com/) as a link.',
			'',
			'- a list item that wraps',
			'  onto ADR-77 here',
		].join('\n');
		const problems = await problemsAfter({ 'decisions/0002-golden-path-templates.mdx': (text) => `${text}${body}\n` });
		const base = fixtureText('decisions/0002-golden-path-templates.mdx').split('\n').length;
		expect(problems).toEqual([
			{
				file: 'decisions/0002-golden-path-templates.mdx',
				line: base + 1,
				column: 38,
				field: 'body',
				value: 'ADR-0009',
				message: 'no decision record is ADR-0009',
				hint: expect.stringContaining('did you mean ADR-0001?') as string,
			},
			expect.objectContaining({ line: base + 6, column: 8, value: 'ADR-77', message: 'no decision record is ADR-0077' }),
		]);
	});
});
