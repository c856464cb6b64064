import { DECISION_STATUSES } from '../../schemas/decision.ts';
import { METRIC_CATEGORIES } from '../../schemas/metric-definition.ts';
import { HORIZONS, PHASES } from '../../schemas/roadmap-item.ts';
import { formatDuration, formatNameList } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import {
	categoryBadge,
	confidenceBadge,
	horizonBadge,
	needBadge,
	phaseBadge,
	reviewOverdueBadge,
	severityBadge,
	slippedBadge,
	statusBadge,
	targetBadge,
} from './badges.ts';
import { decisionLogView } from './decision-log.ts';
import { type IndexCard, personaIndexView } from './indexes.ts';
import { lookup } from './lookup.ts';
import { metricIndexView } from './metric-dashboard.ts';
import { type Badge, type Fact, type Link, type Stat, type Table, facts } from './parts.ts';
import { type BoardColumnView, type RoadmapCardView, boardColumns, roadmapCard } from './roadmap-card.ts';

/** How many of the decision log's columns the design page's table example shows. */
const DESIGN_TABLE_COLUMNS = 5;

/** The design system's own page: one live example of every component, made from this site's content. */
export interface DesignView {
	badges: { kind: string; badges: Badge[] }[];
	labelled: Badge[];
	chips: Link[];
	names: string[];
	stats: Stat[];
	card?: RoadmapCardView;
	indexCard?: IndexCard;
	facts: Fact[];
	table: Table;
	board: BoardColumnView[];
	formats: { kind: string; examples: string }[];
}

export function designView(content: SiteContent): DesignView {
	const to = lookup(content);
	const [firstItem] = content.roadmap;
	const logGroups = decisionLogView(content).groups;
	const personas = [...content.personas.keys()];
	return {
		badges: [
			{ kind: 'Horizon', badges: HORIZONS.map((horizon) => horizonBadge(horizon)) },
			{ kind: 'Phase', badges: PHASES.map((phase) => phaseBadge(phase)) },
			{ kind: 'Decision status', badges: DECISION_STATUSES.map((status) => statusBadge(status)) },
			{ kind: 'Confidence', badges: (['high', 'medium', 'low'] as const).map((level) => confidenceBadge(level)) },
			{ kind: 'Metric category', badges: METRIC_CATEGORIES.map((category) => categoryBadge(category)) },
			{ kind: 'Pain severity', badges: (['critical', 'major', 'minor'] as const).map((severity) => severityBadge(severity)) },
			{ kind: 'Need priority', badges: (['must', 'should', 'could'] as const).map((priority) => needBadge(priority)) },
			{ kind: 'Roadmap flag', badges: [reviewOverdueBadge('2026-09-30'), slippedBadge('2026-Q4')] },
		],
		labelled: [phaseBadge('in-design', 'Phase'), targetBadge('2027-Q1'), confidenceBadge('medium', 'Confidence')],
		chips: [...content.areas.keys()].map(to.areaLink),
		names: personas.slice(0, 3).map((id) => content.personas.get(id)!.name),
		stats: metricIndexView(content)
			.categories.flatMap((category) => category.stats)
			.slice(0, 3),
		card: firstItem && roadmapCard(content, firstItem[0], firstItem[1], true),
		indexCard: personaIndexView(content).cards[0],
		facts: facts([
			{ term: 'Text', text: 'A sentence or a name.' },
			{ term: 'Number', text: formatDuration(150), nowrap: true },
			{ term: 'Date', date: content.snapshotList.at(-1)?.date ?? '2026-01-31' },
			{ term: 'Chips', links: [...content.teams.keys()].slice(0, 3).map(to.teamLink) },
			{ term: 'Names', names: personas.slice(0, 2).map((id) => content.personas.get(id)!.name) },
			{ term: 'Badges', badges: [horizonBadge('now'), confidenceBadge('high')] },
		]),
		// Five columns of the log: the example shows the component, and fits the design page's width at 1280 px.
		table: {
			caption: 'The five newest decision records',
			columns: (logGroups[0]?.table.columns ?? []).slice(0, DESIGN_TABLE_COLUMNS),
			rows: logGroups
				.flatMap((group) => group.table.rows)
				.slice(0, 5)
				.map((cells) => cells.slice(0, DESIGN_TABLE_COLUMNS)),
		},
		board: boardColumns(content, [...content.roadmap.keys()].slice(0, 8), 'design'),
		formats: [
			{ kind: 'Durations', examples: [45, 150, 480, 2880].map(formatDuration).join(' · ') },
			{ kind: 'Names with commas', examples: formatNameList(personas.slice(0, 2).map((id) => content.personas.get(id)!.name)) },
		],
	};
}
