import { HORIZONS } from '../../schemas/roadmap-item.ts';
import { queryString } from '../board-filter.ts';
import { HORIZON_LABELS, groupByHorizon, isOpen } from '../roadmap.ts';
import { formatPeople, formatWords } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge, needBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, facts } from './parts.ts';

/** Everything a persona's page shows. */
export interface PersonaView {
	chrome: EntryChrome;
	name: string;
	role: string;
	summary: string;
	facts: Fact[];
	/** The persona's onboarding path, or where to start when it has none yet. */
	start: Link;
	goals: string[];
	/** Must first, then should, then could. */
	needs: { text: string; priority: Badge }[];
	frustrations: { text: string; impact?: string; workaround?: string }[];
	quotes: string[];
	/** The persona's roadmap items by horizon, in board order; horizons without items are left out. */
	roadmap: { id: string; label: string; horizon: Badge; items: Link[] }[];
	/** The board filtered to this persona, when any of its items is open. */
	board?: Link;
	guides: Link[];
	headings: Heading[];
}

const NEED_ORDER = { must: 0, should: 1, could: 2 };

/** The page of persona `id`. */
export function personaView(content: SiteContent, id: string, source?: string): PersonaView {
	const data = content.personas.get(id)!;
	const to = lookup(content);
	const frustrations = data.frustrations.map((frustration) => (typeof frustration === 'string' ? { text: frustration } : frustration));
	const items = (content.relations.roadmapByPersona.get(id) ?? []).flatMap((item) => {
		const data = content.roadmap.get(item);
		return data ? [{ id: item, data }] : [];
	});
	const groups = groupByHorizon(items);
	const roadmap = HORIZONS.filter((horizon) => groups[horizon].length > 0).map((horizon) => ({
		id: `roadmap-${horizon}`,
		label: HORIZON_LABELS[horizon],
		horizon: horizonBadge(horizon),
		items: groups[horizon].map((item) => to.roadmapLink(item.id)),
	}));
	const guides = (content.relations.guidesByPersona.get(id) ?? []).map(to.guideLink);
	const sections: [string, string, boolean][] = [
		['goals', 'Goals', data.goals.length > 0],
		['needs', 'Needs', data.needs.length > 0],
		['frustrations', 'Frustrations', frustrations.length > 0],
		['quotes', 'In their words', data.quotes.length > 0],
		['roadmap', 'On the roadmap for this persona', true],
		['guides', 'Guides written for this persona', guides.length > 0],
	];
	return {
		chrome: entryChrome(content, 'personas', id, source),
		name: data.name,
		role: data.role,
		summary: data.summary,
		facts: facts([
			{ term: 'Role', text: data.role },
			{ term: 'Team type', text: formatWords(data.teamType) },
			{ term: 'Experience', text: data.experience },
			{ term: 'People', text: formatPeople(data.population), nowrap: true },
			{ term: 'Tools', names: data.tools },
			{ term: 'Journeys', list: (content.relations.journeysByPersona.get(id) ?? []).map(to.journeyLink) },
		]),
		start: content.paths.has(id)
			? { href: to.start(id), label: `Get started as ${data.name}` }
			: { href: `${to.page('/start/')}#no-path-yet`, label: 'No onboarding path for this role yet: see where to start' },
		goals: data.goals,
		needs: [...data.needs]
			.sort((a, b) => NEED_ORDER[a.priority] - NEED_ORDER[b.priority])
			.map((need) => ({ text: need.text, priority: needBadge(need.priority) })),
		frustrations,
		quotes: data.quotes,
		roadmap,
		board: items.some((item) => isOpen(item.data))
			? { href: `${to.page('/roadmap/')}${queryString({ persona: id })}`, label: `The roadmap board, filtered to ${data.name}` }
			: undefined,
		guides,
		headings: sections.filter(([, , shown]) => shown).map(([slug, text]) => ({ depth: 2, slug, text })),
	};
}
