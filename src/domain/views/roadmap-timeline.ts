import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { addQuarters, compareQuarters, quarterEnd, quarterLabel, quarterOf, quarterSpan, quarterStart } from '../quarters.ts';
import { BOARD_HORIZONS, HORIZON_LABELS, groupByHorizon, targetText, windowPrecision } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Link, Table, Value } from './parts.ts';

/** Everything the timeline page shows: a gantt of target windows and ship dates, the same facts as a table, and the open items without a window. */
export interface TimelineView {
	type: string;
	description: string;
	intro: string;
	diagram: { source: string; title: string; description: string };
	table: Table;
	undated: Link[];
}

/** How many quarters of shipped work the timeline looks back, the current one included. */
export const SHIPPED_QUARTERS = 4;

/**
 * Text that mermaid shows as written: `#`, `:` and `;` end a gantt task's name, and angle brackets
 * could open markup, so each becomes a mermaid entity code (`#35;`); line breaks become spaces.
 */
export function mermaidText(text: string): string {
	const codes: Record<string, string> = { '#': '#35;', ':': '#58;', ';': '#59;', '<': '#60;', '>': '#62;' };
	return [...text.replace(/\s+/g, ' ').trim()].map((char) => codes[char] ?? char).join('');
}

/** The quarters an open item's window covers, as wide as its confidence leaves it: one quarter, a half-year or a year. */
const spanOf = (item: RoadmapItem) => quarterSpan(item.targetWindow!, windowPrecision(item.confidence));

export function timelineView(content: SiteContent): TimelineView {
	const to = lookup(content);
	const groups = groupByHorizon([...content.roadmap].map(([id, data]) => ({ id, data })));
	const since = addQuarters(quarterOf(content.today), 1 - SHIPPED_QUARTERS);
	const shipped = groups.shipped.filter(({ data }) => data.shippedOn && compareQuarters(quarterOf(data.shippedOn), since) >= 0).reverse();
	const open = BOARD_HORIZONS.map((horizon) => ({ horizon, items: groups[horizon].filter(({ data }) => data.targetWindow) }));

	const lines = [
		'gantt',
		`    title ${mermaidText(`${content.site.name} roadmap by quarter`)}`,
		'    dateFormat YYYY-MM-DD',
		'    axisFormat %b %Y',
		'    tickInterval 3month',
		'    todayMarker off',
	];
	if (shipped.length > 0) {
		lines.push('    section Shipped');
		for (const { data } of shipped) lines.push(`    ${mermaidText(data.title)} :milestone, done, ${data.shippedOn}, 0d`);
	}
	for (const { horizon, items } of open) {
		if (items.length === 0) continue;
		lines.push(`    section ${HORIZON_LABELS[horizon]}`);
		for (const { data } of items) {
			const { first, last } = spanOf(data);
			lines.push(`    ${mermaidText(data.title)} :${horizon === 'now' ? 'active, ' : ''}${quarterStart(first)}, ${quarterEnd(last)}`);
		}
	}

	const rows: Value[][] = [
		...shipped.map(({ id, data }): Value[] => [
			{ link: to.roadmapLink(id) },
			{ badges: [horizonBadge('shipped')] },
			{ date: data.shippedOn },
			{ text: quarterLabel(quarterOf(data.shippedOn!)), nowrap: true },
		]),
		...open.flatMap(({ items }) =>
			items.map(({ id, data }): Value[] => {
				const { first, last } = spanOf(data);
				return [
					{ link: to.roadmapLink(id) },
					{ badges: [horizonBadge(data.horizon)] },
					{ text: `target ${targetText(data.targetWindow!, data.confidence)} (${data.confidence} confidence)` },
					{ text: first === last ? quarterLabel(first) : `${quarterLabel(first)} to ${quarterLabel(last)}`, nowrap: true },
				];
			}),
		),
	];
	const undated = BOARD_HORIZONS.flatMap((horizon) => groups[horizon].filter(({ data }) => !data.targetWindow)).map(({ id }) =>
		to.roadmapLink(id),
	);
	return {
		type: 'Roadmap timeline',
		description: `When the ${content.site.name} team aims to deliver each open item, and what shipped in the last year, by quarter.`,
		intro: `Open items appear over their target window, as wide as the team's confidence allows: one quarter at high confidence, a half-year at medium, the whole year at low. Shipped items since ${quarterLabel(since)} appear on the day they shipped.`,
		diagram: {
			source: lines.join('\n'),
			title: 'Roadmap timeline by quarter',
			description:
				'Shipped items as milestones, then each open horizon with its items over their target windows. The table below lists the same facts.',
		},
		table: {
			caption: 'Target windows of open items and ship dates of recent shipped items',
			columns: [{ label: 'Item', main: true }, { label: 'Horizon' }, { label: 'When' }, { label: 'Quarters' }],
			rows,
		},
		undated,
	};
}
