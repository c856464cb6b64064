import type { Persona } from '../../schemas/persona.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts } from './parts.ts';

/** Everything a persona's page shows. */
export interface PersonaView {
	name: string;
	summary: string;
	facts: Fact[];
	start?: Link;
	goals: string[];
	/** Must first, then should, then could. */
	needs: Persona['needs'];
	frustrations: { text: string; impact?: string; workaround?: string }[];
	quotes: string[];
	roadmap: Link[];
}

const NEED_ORDER = { must: 0, should: 1, could: 2 };

/** The page of persona `id`. */
export function personaView(content: SiteContent, id: string): PersonaView {
	const data = content.personas.get(id)!;
	const to = lookup(content);
	return {
		name: data.name,
		summary: data.summary,
		facts: facts([
			{ term: 'Role', text: data.role },
			{ term: 'Team type', text: data.teamType },
			{ term: 'Experience', text: data.experience },
			{ term: 'People', text: `about ${data.population}` },
			{ term: 'Tools', text: data.tools.join(', ') || undefined },
			{ term: 'Journeys', links: (content.relations.journeysByPersona.get(id) ?? []).map(to.journeyLink) },
		]),
		start: content.paths.has(id) ? { href: to.start(id), label: `Get started as ${data.name}` } : undefined,
		goals: data.goals,
		needs: [...data.needs].sort((a, b) => NEED_ORDER[a.priority] - NEED_ORDER[b.priority]),
		frustrations: data.frustrations.map((frustration) => (typeof frustration === 'string' ? { text: frustration } : frustration)),
		quotes: data.quotes,
		roadmap: (content.relations.roadmapByPersona.get(id) ?? []).map((item) => to.roadmapLink(item, true)),
	};
}
