import { decisionLabel as decisionLabelOf } from '../decision-refs.ts';
import { routesFor, type Routes } from '../routes.ts';
import type { SiteContent } from '../site-content.ts';
import type { Link } from './parts.ts';

/**
 * Link makers shared by the views. Every lookup falls back to the id it was given, so a page whose
 * content refers to something missing (possible only mid-edit in `npm run dev`) still renders.
 */
export function lookup(content: SiteContent): Routes & {
	roadmapLink: (id: string, withHorizon?: boolean) => Link;
	personaLink: (id: string) => Link;
	journeyLink: (id: string) => Link;
	decisionLink: (id: string) => Link;
	guideLink: (ref: string) => Link;
	metricLink: (id: string) => Link;
	areaName: (id: string) => string;
	teamName: (id: string) => string;
	areaLink: (id: string) => Link;
	teamLink: (id: string) => Link;
} {
	const routes = routesFor(content.base);
	return {
		...routes,
		roadmapLink: (id, withHorizon = false) => {
			const item = content.roadmap.get(id);
			return { href: routes.roadmapItem(id), label: item ? (withHorizon ? `${item.title} (${item.horizon})` : item.title) : id };
		},
		personaLink: (id) => ({ href: routes.persona(id), label: content.personas.get(id)?.name ?? id }),
		journeyLink: (id) => ({ href: routes.journey(id), label: content.journeys.get(id)?.title ?? id }),
		decisionLink: (id) => ({ href: routes.decision(id), label: `${decisionLabelOf(id)} ${content.decisions.get(id)?.title ?? ''}`.trim() }),
		guideLink: (ref) => ({ href: routes.guide(ref), label: content.guides.get(ref)?.title ?? ref }),
		metricLink: (id) => ({ href: routes.metric(id), label: content.metrics.get(id)?.name ?? id }),
		areaName: (id) => content.areas.get(id)?.name ?? id,
		teamName: (id) => content.teams.get(id)?.name ?? id,
		areaLink: (id) => ({ href: routes.area(id), label: content.areas.get(id)?.name ?? id }),
		teamLink: (id) => ({ href: routes.team(id), label: content.teams.get(id)?.name ?? id }),
	};
}
