import type { Decision } from '../../schemas/decision.ts';
import { decisionLabel } from '../decision-refs.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts, nameList } from './parts.ts';

/** Everything a decision record's page shows, around its body. */
export interface DecisionView {
	title: string;
	status: Decision['status'];
	date: string;
	supersededBy: Link[];
	facts: Fact[];
}

/** The page of decision record `id`. */
export function decisionView(content: SiteContent, id: string): DecisionView {
	const data = content.decisions.get(id)!;
	const to = lookup(content);
	const names = (list: string[]) => (list.length > 0 ? nameList(list) : undefined);
	return {
		title: `${decisionLabel(id)}: ${data.title}`,
		status: data.status,
		date: data.date,
		supersededBy: (content.relations.supersededBy.get(id) ?? []).map(to.decisionLink),
		facts: facts([
			{ term: 'Decision-makers', text: names(data['decision-makers']) },
			{ term: 'Consulted', text: names(data.consulted) },
			{ term: 'Informed', text: names(data.informed) },
			{ term: 'Area', text: data.area && to.areaName(data.area) },
			{ term: 'Tags', text: names(data.tags) },
			{ term: 'Supersedes', links: (content.relations.supersedes.get(id) ?? []).map(to.decisionLink) },
			{ term: 'Roadmap', links: (content.relations.roadmapByDecision.get(id) ?? []).map((item) => to.roadmapLink(item)) },
		]),
	};
}
