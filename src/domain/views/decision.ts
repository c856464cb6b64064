import type { Decision } from '../../schemas/decision.ts';
import { decisionByNumber, decisionLabel, decisionMentions } from '../decision-refs.ts';
import { type DecisionEntry, currentStatus, recordsSharingTags, supersessionChain } from '../decisions.ts';
import type { SiteContent } from '../site-content.ts';
import { statusBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { filteredLog } from './decision-log.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, type Table, facts } from './parts.ts';

/** How many other records sharing a tag a page lists: enough to browse on, and the page stays the same size. */
const RELATED_LIMIT = 5;

/** The line at the top of a record: its status in words, when it was set, and what replaced it. */
export interface StatusBanner {
	status: Badge;
	/** "Superseded by", "Deprecated on 2026-09-15.", "Proposed on 2026-07-14, not decided yet." */
	text: string;
	/** The records that replaced this one, after the text. */
	links: Link[];
	/** What follows the links: " on 2025-04-08." */
	after?: string;
	/** Why the status changed, from the history, with its ADR references as links. */
	note?: { text: string; link?: Link }[];
	/** Where to comment while the record is proposed. */
	comment?: Link;
}

/** One record of a supersession chain: the record, its status, and whether it is the page's own. */
export interface ChainStep {
	link: Link;
	status: Badge;
	current: boolean;
}

/** Everything a decision record's page shows, around its body. */
export interface DecisionView {
	chrome: EntryChrome;
	title: string;
	/** The record's number, such as ADR-0018. */
	label: string;
	banner: StatusBanner;
	facts: Fact[];
	/** Every status the record had, from the day it was decided; undefined when it never changed. */
	history?: Table;
	/** The records this one replaced and that replaced it, oldest first; undefined when there are none. */
	chain?: ChainStep[];
	related: { link: Link; note: string }[];
	/** The records it supersedes and that supersede it, and the roadmap items it shapes, as a diagram and as a table; undefined when there are none. */
	relations?: { diagram: string; table: Table };
	/** The sections the page adds after the body, for its table of contents. */
	headings: Heading[];
	feed: Link;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The day a record was superseded: its history says so, else the day the first record replacing it was decided. */
function supersededOn(data: Decision, successors: Decision[]): string {
	const change = [...data.history].reverse().find((entry) => entry.status === 'superseded');
	return change?.date ?? successors.map((successor) => successor.date).sort()[0] ?? currentStatus(data).date;
}

/** Text from a field split around its ADR references, each known one a link to its record, as bodies have them. */
export function withDecisionLinks(content: SiteContent, text: string): { text: string; link?: Link }[] {
	const to = lookup(content);
	const parts: { text: string; link?: Link }[] = [];
	let at = 0;
	for (const mention of decisionMentions(text)) {
		const id = decisionByNumber(mention.number, content.decisions.keys());
		if (!id) continue;
		if (mention.start > at) parts.push({ text: text.slice(at, mention.start) });
		parts.push({ text: mention.text, link: { href: to.decision(id), label: `${decisionLabel(id)}: ${content.decisions.get(id)!.title}` } });
		at = mention.end;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}

function statusBanner(content: SiteContent, id: string, data: Decision): StatusBanner {
	const to = lookup(content);
	const status = statusBadge(data.status, 'Status');
	const since = currentStatus(data);
	const note = since.note === undefined ? {} : { note: withDecisionLinks(content, since.note) };
	const successors = content.relations.supersededBy.get(id) ?? [];
	if (data.status === 'superseded' && successors.length > 0) {
		const on = supersededOn(
			data,
			successors.map((other) => content.decisions.get(other)!),
		);
		return { status, text: 'Superseded by', links: successors.map(to.decisionLink), after: `on ${on}.`, ...note };
	}
	if (data.status === 'proposed') {
		return {
			status,
			text: `Proposed on ${since.date}, not decided yet.`,
			links: [],
			...note,
			comment: { href: to.content(data.feedbackUrl ?? content.site.feedbackUrl), label: `Comment on this proposal` },
		};
	}
	return { status, text: `${capitalise(since.status)} on ${since.date}.`, links: [], ...note };
}

function historyTable(data: Decision): Table | undefined {
	if (data.history.length === 0) return undefined;
	return {
		caption: 'Status history, oldest first',
		columns: [{ label: 'Date' }, { label: 'Status' }, { label: 'Note', main: true }],
		rows: [
			[{ date: data.date }, { text: 'decided' }, { text: 'The decision was made.' }],
			...data.history.map((change) => [{ date: change.date }, { badges: [statusBadge(change.status)] }, { text: change.note ?? '' }]),
		],
		rowAttributes: [{}, ...data.history.map((_, i) => ({ id: `status-${i + 1}` }))],
	};
}

/** A mermaid label: the text in quotes, with the characters mermaid reads as syntax written as its entity codes. */
const mermaidText = (text: string, max = 48) => {
	const short = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
	return `"${short.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
};

/** The record's relations: records it supersedes and that supersede it, and roadmap items it shapes. */
function relations(content: SiteContent, id: string, roadmap: string[]): DecisionView['relations'] {
	const to = lookup(content);
	const older = content.relations.supersedes.get(id) ?? [];
	const newer = content.relations.supersededBy.get(id) ?? [];
	if (older.length + newer.length + roadmap.length === 0) return undefined;
	const title = (other: string) => `${decisionLabel(other)} ${content.decisions.get(other)?.title ?? ''}`.trim();
	const lines = ['flowchart LR', `  this[${mermaidText(title(id))}]`];
	older.forEach((other, i) => lines.push(`  old${i}[${mermaidText(title(other))}] -- superseded by --> this`));
	newer.forEach((other, i) => lines.push(`  this -- superseded by --> new${i}[${mermaidText(title(other))}]`));
	roadmap.forEach((item, i) =>
		lines.push(`  this -- shapes --> item${i}[${mermaidText(`Roadmap: ${content.roadmap.get(item)?.title ?? item}`)}]`),
	);
	return {
		diagram: lines.join('\n'),
		table: {
			caption: `${decisionLabel(id)} and the records and roadmap items it relates to`,
			columns: [{ label: 'Relation' }, { label: 'Record or roadmap item', main: true }],
			rows: [
				...older.map((other) => [{ text: 'Supersedes' }, { link: to.decisionLink(other) }]),
				...newer.map((other) => [{ text: 'Superseded by' }, { link: to.decisionLink(other) }]),
				...roadmap.map((item) => [{ text: 'Shapes' }, { link: to.roadmapLink(item, true) }]),
			],
		},
	};
}

/** The page of decision record `id`. */
export function decisionView(content: SiteContent, id: string, source?: string): DecisionView {
	const data = content.decisions.get(id)!;
	const to = lookup(content);
	const logPath = to.page('/decisions/');
	const entries: DecisionEntry[] = [...content.decisions].map(([other, record]) => ({ id: other, data: record }));
	const chain = supersessionChain(id, content.relations);
	const step = (other: string): ChainStep => ({
		link: to.decisionLink(other),
		status: statusBadge(content.decisions.get(other)?.status ?? 'accepted'),
		current: other === id,
	});
	const roadmap = content.relations.roadmapByDecision.get(id) ?? [];
	const since = currentStatus(data);
	const history = historyTable(data);
	const related = recordsSharingTags(id, entries, RELATED_LIMIT);
	const relationsView = relations(content, id, roadmap);
	const sections: [boolean, Heading][] = [
		[history !== undefined, { depth: 2, slug: 'status-history', text: 'Status history' }],
		[chain.older.length + chain.newer.length > 0, { depth: 2, slug: 'supersession', text: 'Supersession' }],
		[relationsView !== undefined, { depth: 2, slug: 'relations', text: 'Relations' }],
		[related.length > 0, { depth: 2, slug: 'related', text: 'Records on the same topics' }],
	];
	return {
		chrome: entryChrome(content, 'decisions', id, source, data.status === 'proposed' ? data.feedbackUrl : undefined),
		title: `${decisionLabel(id)}: ${data.title}`,
		label: decisionLabel(id),
		banner: statusBanner(content, id, data),
		facts: facts([
			{ term: 'Record', text: decisionLabel(id), nowrap: true },
			{ term: 'Status', badges: [statusBadge(data.status)], ...(data.history.length > 0 ? { note: `on ${since.date}` } : {}) },
			{ term: 'Decided', date: data.date },
			{
				term: 'Decision-makers',
				list: data['decision-makers'].map((name) => ({ href: filteredLog(logPath, 'maker', name), label: name })),
			},
			{ term: 'Consulted', names: data.consulted },
			{ term: 'Informed', names: data.informed },
			{ term: 'Area', links: data.area ? [to.areaLink(data.area)] : undefined },
			{ term: 'Tags', links: data.tags.map((tag) => ({ href: filteredLog(logPath, 'tag', tag), label: tag })) },
			{ term: 'Supersedes', list: (content.relations.supersedes.get(id) ?? []).map(to.decisionLink) },
			{ term: 'Superseded by', list: (content.relations.supersededBy.get(id) ?? []).map(to.decisionLink) },
		]).filter((fact) => (fact.list === undefined || fact.list.length > 0) && (fact.links === undefined || fact.links.length > 0)),
		history,
		chain: chain.older.length + chain.newer.length > 0 ? [...chain.older, id, ...chain.newer].map(step) : undefined,
		related: related.map(({ id: other, shared }) => ({
			link: to.decisionLink(other),
			note: `shares ${shared.join(', ')}`,
		})),
		relations: relationsView,
		headings: sections.filter(([shown]) => shown).map(([, heading]) => heading),
		feed: { href: to.page('/decisions.xml'), label: 'New and changed decisions (RSS)' },
	};
}
