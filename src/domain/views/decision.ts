import type { SiteContent } from '../site-content.ts';
import { decisionLabel } from '../decision-refs.ts';
import { statusBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Link, facts } from './parts.ts';

/** Everything a decision record's page shows, around its body. */
export interface DecisionView {
	chrome: EntryChrome;
	title: string;
	/** The record's number, such as ADR-0018. */
	label: string;
	status: Badge;
	date: string;
	supersededBy: Link[];
	facts: Fact[];
}

/** The page of decision record `id`. */
export function decisionView(content: SiteContent, id: string, source?: string): DecisionView {
	const data = content.decisions.get(id)!;
	const to = lookup(content);
	return {
		chrome: entryChrome(content, 'decisions', id, source),
		title: `${decisionLabel(id)}: ${data.title}`,
		label: decisionLabel(id),
		status: statusBadge(data.status, 'Status'),
		date: data.date,
		supersededBy: (content.relations.supersededBy.get(id) ?? []).map(to.decisionLink),
		facts: facts([
			{ term: 'Decision-makers', names: data['decision-makers'] },
			{ term: 'Consulted', names: data.consulted },
			{ term: 'Informed', names: data.informed },
			{ term: 'Area', links: data.area ? [to.areaLink(data.area)] : undefined },
			{ term: 'Tags', names: data.tags },
			{ term: 'Supersedes', list: (content.relations.supersedes.get(id) ?? []).map(to.decisionLink) },
			{ term: 'Roadmap', list: (content.relations.roadmapByDecision.get(id) ?? []).map((item) => to.roadmapLink(item)) },
		]).filter((fact) => fact.list === undefined || fact.list.length > 0),
	};
}
