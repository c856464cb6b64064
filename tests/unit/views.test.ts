import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_VIEWS } from '../../src/domain/registry.ts';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { areaView } from '../../src/domain/views/area.ts';
import { entryChrome, showToc } from '../../src/domain/views/chrome.ts';
import { decisionLogView } from '../../src/domain/views/decision-log.ts';
import { decisionView } from '../../src/domain/views/decision.ts';
import { designView } from '../../src/domain/views/design.ts';
import { guideView } from '../../src/domain/views/guide.ts';
import { pageHead } from '../../src/domain/views/head.ts';
import { homeView } from '../../src/domain/views/home.ts';
import { guideIndexView, startIndexView, startPathView } from '../../src/domain/views/indexes.ts';
import { journeyView } from '../../src/domain/views/journey.ts';
import { metricIndexView } from '../../src/domain/views/metric-dashboard.ts';
import { metricView } from '../../src/domain/views/metric.ts';
import { personaView } from '../../src/domain/views/persona.ts';
import { roadmapBoardView } from '../../src/domain/views/roadmap-board.ts';
import { demandText, roadmapItemView } from '../../src/domain/views/roadmap-item.ts';
import { successMetricsTable } from '../../src/domain/views/success-metrics.ts';
import { teamView } from '../../src/domain/views/team.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE, TODAY } from './fixture.ts';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/', { today: TODAY });
});

describe('page views, computed without a build', () => {
	it('a roadmap item shows its pains, goals, decisions and dependencies as links under the base path', () => {
		const view = roadmapItemView(content, 'namespace-self-service');
		expect(view.pains).toEqual([
			{
				href: '/handbook/journeys/first-service/#pain-waiting-for-namespace',
				text: 'A ticket and two days of waiting.',
				severity: { kind: 'severity', value: 'critical', text: 'critical', tone: 'red' },
				frequency: 'felt monthly',
				journey: { href: '/handbook/journeys/first-service/', label: 'Ship a new service' },
			},
		]);
		expect(view.goals?.rows).toEqual([
			[
				{ link: { href: '/handbook/metrics/onboarding-days/', label: 'Onboarding time' } },
				{ text: '9 days', nowrap: true },
				{ text: '2 days by Q1 2027', nowrap: true },
				{ text: '5 days on 2026-03-31', nowrap: true },
			],
		]);
		expect(view.context.find((fact) => fact.term === 'Depends on')?.list).toEqual([
			{ href: '/handbook/roadmap/service-templates/', label: 'Service templates' },
		]);
		expect(view.context.find((fact) => fact.term === 'Priority')?.text).toBe('RICE 64 = reach 120 × impact 2 × confidence 0.8 ÷ effort 3');
		expect(view.facts.find((fact) => fact.term === 'Owners')?.links).toEqual([
			{ href: '/handbook/teams/pipelines-team/', label: 'Pipelines' },
		]);
	});

	it('a roadmap item labels its horizon, phase and confidence, each with its own colour and its words', () => {
		expect(roadmapItemView(content, 'namespace-self-service').badges).toEqual([
			{ kind: 'horizon', value: 'now', text: 'Now', tone: 'green', term: 'Horizon' },
			{ kind: 'phase', value: 'in-design', text: 'In design', tone: 'blue', term: 'Phase' },
			{ kind: 'confidence', value: 'medium', text: 'medium', tone: 'amber', term: 'Confidence' },
		]);
	});

	it('a metric headline says its change in the better direction, since the snapshot it compares with', () => {
		const view = metricView(content, 'onboarding-days');
		expect(view.stat).toMatchObject({
			value: '5 days',
			asOf: '2026-03-31',
			change: { text: '-2 days', direction: 'down', trend: 'better', since: '2026-02-28' },
		});
		expect(view.history?.rows.map((row) => row[0].date)).toEqual(['2026-03-31', '2026-02-28', '2026-01-31']);
		expect(metricView(content, 'change-lead-time').teams?.summary).toBe('The same values as a table: 2 rows');
		expect(metricView(content, 'change-lead-time').teams?.table).toEqual({
			caption: 'Change lead time per team by snapshot date, newest first',
			columns: [{ label: 'Team', main: true }, { label: 'As of' }, { label: 'Value', numeric: true }],
			rows: [
				[{ link: { href: '/handbook/teams/checkout/', label: 'Checkout' } }, { date: '2026-03-31' }, { text: '20 hours', nowrap: true }],
				[{ link: { href: '/handbook/teams/checkout/', label: 'Checkout' } }, { date: '2026-01-31' }, { text: '30 hours', nowrap: true }],
			],
		});
	});

	it('a metric headline says whether the target is met, and by how much it is missed', () => {
		// Onboarding time: 5 days against a target of 3, lower is better.
		expect(metricView(content, 'onboarding-days').stat).toMatchObject({
			target: '3 days',
			track: { on: false, text: 'off track, 2 days above target' },
		});
		const met = {
			...content,
			metrics: new Map(content.metrics).set('onboarding-days', { ...content.metrics.get('onboarding-days')!, target: 5 }),
		};
		expect(metricView(met, 'onboarding-days').stat.track).toEqual({ on: true, text: 'on track' });
	});

	it('a metric page shows its chart, its team small multiples and the items that target it with their horizon', () => {
		const view = metricView(content, 'onboarding-days');
		expect(view.chart?.svg).toContain('role="img"');
		expect(view.chart?.caption).toBe(
			'Onboarding time by snapshot date, with the target (3 days) as a dashed line. The table lists the same values.',
		);
		expect(view.items?.rows).toEqual([
			[
				{ link: { href: '/handbook/roadmap/namespace-self-service/', label: 'Namespace self-service' } },
				{ badges: [{ kind: 'horizon', value: 'now', text: 'Now', tone: 'green' }] },
				{ text: '2 days', nowrap: true },
				{ text: 'Q1 2027', nowrap: true },
			],
		]);
		const lead = metricView(content, 'change-lead-time');
		expect(lead.teamCharts?.charts.map((chart) => chart.team.label)).toEqual(['Checkout']);
		expect(lead.teamCharts?.caption).toBe(
			'Change lead time per team, every chart on the same scale from 20 hours to 30 hours. The table below them lists the same values.',
		);
		expect(lead.chart?.caption).toContain('the DORA State of DevOps Report 2024 levels shaded');
	});

	it('warns on a page whose latest value is older than its cadence, naming the date', () => {
		expect(metricView(content, 'onboarding-days').stale).toEqual({
			title: 'This number may be out of date',
			text: 'The latest value of Onboarding time is from 2026-03-31, 241 days before this page was built; it is measured monthly.',
		});
		expect(metricIndexView(content).stale?.text).toBe(
			'3 metrics on this page were last measured longer ago than their cadence: Onboarding time on 2026-03-31 (monthly), Developer NPS on 2026-03-31 (monthly), and Change lead time on 2026-02-28 (monthly).',
		);
		expect(roadmapItemView(content, 'namespace-self-service').metricsStale?.title).toBe('This number may be out of date');
		const fresh = { ...content, today: '2026-04-15' };
		expect(metricView(fresh, 'onboarding-days').stale).toBeUndefined();
		// A quarterly metric is fresh for longer.
		const quarterly = { ...fresh, today: '2026-05-31', site: { ...fresh.site, metricsCadence: 'quarterly' as const } };
		expect(metricIndexView(quarterly).stale).toBeUndefined();
	});

	it('a shipped item says how each success metric moved since it shipped, from the value as of that day', () => {
		const item = { ...content.roadmap.get('namespace-self-service')!, horizon: 'shipped' as const, shippedOn: '2026-02-15' };
		const table = successMetricsTable(content, item);
		expect(table?.columns.at(-1)).toEqual({ label: 'Since it shipped' });
		expect(table?.rows[0].at(-1)).toEqual({ text: '-4 days since 2026-01-31 (better)' });
		expect(successMetricsTable(content, { ...item, shippedOn: '2026-04-30' })?.rows[0].at(-1)).toEqual({
			text: 'not measured since it shipped',
		});
		// Shipped before the first snapshot: measured from the item's baseline (9 days).
		expect(successMetricsTable(content, { ...item, shippedOn: '2025-12-01' })?.rows[0].at(-1)).toEqual({
			text: '-4 days from the baseline (better)',
		});
	});

	it('a persona lists needs must first and its roadmap items grouped by horizon in board order, with a link to the filtered board', () => {
		const view = personaView(content, 'app-developer');
		expect(view.needs.map((need) => need.priority.value)).toEqual(['must']);
		expect(view.start).toEqual({ href: '/handbook/start/app-developer/', label: 'Get started as Priya, product engineer' });
		expect(view.roadmap.map((group) => [group.label, group.items.map((item) => item.label)])).toEqual([
			['Now', ['Namespace self-service']],
			['Shipped', ['Service templates']],
		]);
		expect(view.board).toEqual({
			href: '/handbook/roadmap/?persona=app-developer',
			label: 'The roadmap board, filtered to Priya, product engineer',
		});
	});

	it('a guide says which step of which path it is, what comes next, and how long it takes', () => {
		const view = guideView(content, 'basics/access');
		expect(view.paths).toEqual([
			{
				id: 'app-developer',
				path: { href: '/handbook/start/app-developer/', label: 'Backend engineer in a product team' },
				step: 'Step 1 of 2',
				next: { href: '/handbook/guides/basics/setup/?path=app-developer', label: expect.any(String) as string },
			},
		]);
		expect(guideView(content, 'basics/setup').paths[0].prev?.href).toBe('/handbook/guides/basics/access/?path=app-developer');
		expect(view.facts.find((fact) => fact.term === 'Time')).toEqual({ term: 'Time', text: '10 min', nowrap: true });
		const path = startPathView(content, 'app-developer');
		expect(path.total).toBe('40 min');
		expect(path.role).toBe('Backend engineer in a product team');
		expect(path.steps.map((step) => step.link.href)).toEqual([
			'/handbook/guides/basics/access/?path=app-developer',
			'/handbook/guides/basics/setup/?path=app-developer',
		]);
	});

	it('/start/ names each path by role, then persona, and lists every persona without a path as such', () => {
		const view = startIndexView(content);
		expect(view.cards.map((card) => [card.link.label, card.chips?.map((chip) => chip.label)])).toEqual([
			['Backend engineer in a product team', ['Priya, product engineer']],
		]);
		expect(view.withoutPath.map((entry) => [entry.role, entry.persona.label])).toEqual([['Builds pipelines', 'Dev, data engineer']]);
		const named = new Set(
			[...view.cards.flatMap((card) => card.chips ?? []), ...view.withoutPath.map((entry) => entry.persona)].map((link) => link.href),
		);
		expect(named.size).toBe(content.personas.size);
	});

	it('a decision shows what superseded it, and the log lists records newest decided first with their status', () => {
		expect(decisionView(content, '0001-use-templates').banner.links.map((link) => link.href)).toEqual([
			'/handbook/decisions/0002-golden-path-templates/',
		]);
		const rows = decisionLogView(content).groups.flatMap((group) => group.table.rows);
		expect(rows.map((row) => row[0].text)).toEqual(['ADR-0002', 'ADR-0001']);
		expect(rows[0][2].badges?.[0]).toMatchObject({ kind: 'status', value: 'accepted', tone: 'green' });
	});

	it('the board has the four open horizons, each card with its labelled badges, areas and owners as links', () => {
		const board = roadmapBoardView(content);
		expect(board.columns.map((column) => column.label)).toEqual(['Now', 'Next', 'Later', 'Exploring']);
		const [card] = board.columns[0].cards;
		expect(card.badges.map((badge) => `${badge.term}: ${badge.text}`)).toEqual([
			'Phase: In design',
			'Target: H1 2027',
			'Confidence: medium',
		]);
		expect(card.areas).toEqual([{ href: '/handbook/areas/ci-cd/', label: 'CI/CD' }]);
		expect(card.owners).toEqual([{ href: '/handbook/teams/pipelines-team/', label: 'Pipelines' }]);
	});

	it('a team page shows its contact and what it owns, by horizon', () => {
		const view = teamView(content, 'pipelines-team');
		expect(view.contact).toEqual({ href: 'https://chat.example/pipelines', label: 'Contact Pipelines' });
		expect(view.columns.find((column) => column.label === 'Now')?.cards.map((card) => card.link.label)).toEqual(['Namespace self-service']);
	});

	it('an area page shows its description, its roadmap by horizon and its decisions', () => {
		const view = areaView(content, 'ci-cd');
		expect(view.description).toBe('Builds and deploys.');
		expect(view.columns.flatMap((column) => column.cards).map((card) => card.link.label)).toContain('Namespace self-service');
		expect(view.teams.map((team) => team.link.label)).toContain('Pipelines');
	});

	it('the home page and the metrics dashboard show stats with their as-of dates', () => {
		expect(homeView(content).metrics.every((stat) => stat.asOf !== undefined || stat.value === 'no data yet')).toBe(true);
		const stats = metricIndexView(content).categories.flatMap((category) => category.stats);
		expect(stats.find((stat) => stat.metric.label === 'Onboarding time')).toMatchObject({
			value: '5 days',
			asOf: '2026-03-31',
			target: '3 days',
		});
		expect(stats.find((stat) => stat.metric.label === 'Onboarding time')?.spark).toContain('<polyline');
		expect(homeView(content).metricsStale?.title).toBe('Some numbers may be out of date');
	});

	it('the guides index groups nothing by folder: each card names its topic in words', () => {
		expect(guideIndexView(content).cards.map((card) => card.eyebrow)).toEqual(['Basics', 'Basics']);
	});

	it('every view is plain data, so its JSON is a faithful page key', () => {
		const views = [
			roadmapItemView(content, 'namespace-self-service'),
			metricView(content, 'onboarding-days'),
			journeyView(content, 'first-service'),
			teamView(content, 'pipelines-team'),
			areaView(content, 'ci-cd'),
			homeView(content),
			designView(content),
		];
		for (const view of views) {
			expect(JSON.parse(JSON.stringify(view))).toEqual(JSON.parse(JSON.stringify(structuredClone(view))));
			expect(JSON.stringify(view)).not.toContain('{}');
		}
	});
});

describe('the chrome of entry pages', () => {
	it('links to the entry file on the edit screen, names its last review, and asks for feedback where the entry says', () => {
		const chrome = roadmapItemView(content, 'namespace-self-service', 'roadmap/namespace-self-service.yaml').chrome;
		expect(chrome).toMatchObject({
			type: 'Roadmap item',
			breadcrumbs: [
				{ href: '/handbook/', label: 'Home' },
				{ href: '/handbook/roadmap/', label: 'Roadmap' },
			],
			edit: {
				href: 'https://github.com/example/fixture/edit/main/content/roadmap/namespace-self-service.yaml',
				file: 'content/roadmap/namespace-self-service.yaml',
			},
			updated: { label: 'Last reviewed', date: '2026-10-01' },
			feedback: { href: 'https://github.com/example/fixture/discussions/1' },
		});
	});

	it("falls back to the site's feedback URL, and has no edit link when the source file is unknown", () => {
		const chrome = entryChrome(content, 'personas', 'app-developer');
		expect(chrome.feedback.href).toBe('https://github.com/example/fixture/discussions');
		expect(chrome.edit).toBeUndefined();
	});

	it('goes to prev and next in the order of the index: decisions by number', () => {
		expect(entryChrome(content, 'decisions', '0001-use-templates')).toMatchObject({
			next: { href: '/handbook/decisions/0002-golden-path-templates/' },
		});
		expect(entryChrome(content, 'decisions', '0001-use-templates').prev).toBeUndefined();
	});

	it('every entry view takes the source file and returns its chrome', () => {
		for (const [collection, view] of Object.entries(ENTRY_VIEWS)) {
			const id = [...content[collection as keyof typeof ENTRY_VIEWS].keys()][0];
			expect((view(content, id, 'some/file.yaml') as { chrome: { edit?: { file: string } } }).chrome.edit?.file, collection).toBe(
				'content/some/file.yaml',
			);
		}
	});

	it('shows "On this page" only from four sections up', () => {
		const sections = (count: number) => Array.from({ length: count }, (_, i) => ({ depth: 2, slug: `s${i}`, text: `S${i}` }));
		expect([showToc(sections(3)), showToc([...sections(3), { depth: 3, slug: 'x', text: 'X' }]), showToc(sections(4))]).toEqual([
			false,
			false,
			true,
		]);
	});

	it('drops the canonical URL from the not-found page only', () => {
		const head = [
			{ tag: 'link', attrs: { rel: 'canonical', href: 'https://x.example/404/' } },
			{ tag: 'meta', attrs: { property: 'og:url', content: 'https://x.example/404/' } },
			{ tag: 'title', content: 'Page not found' },
		];
		expect(pageHead(head, true).map((entry) => entry.tag)).toEqual(['title']);
		expect(pageHead(head, false)).toHaveLength(3);
	});
});

describe('formatting in views', () => {
	it('writes demand as its parts', () => {
		expect(demandText({ votes: 12, requests: 3 })).toBe('12 votes; 3 team requests');
		expect(demandText(undefined)).toBeUndefined();
	});

	it('writes journey step times readably', () => {
		const view = journeyView(content, 'first-service');
		expect(view.map.rows.map((row) => row[4].text).filter(Boolean)).not.toContainEqual(expect.stringMatching(/\d{3} min/));
	});
});
