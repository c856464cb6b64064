import { entryRoute } from './registry.ts';

/** A site-relative path with the base, so the site can live under a sub-path. */
export const withBase = (base: string, path: string) => `${base.replace(/\/$/, '')}${path}`;

/** Page URLs for a site served under `base`, one function per route in DESIGN.md. */
export function routesFor(base: string) {
	const page = (path: string) => withBase(base, path);
	return {
		page,
		roadmapItem: (id: string) => page(entryRoute('roadmap', id)!),
		decision: (id: string) => page(entryRoute('decisions', id)!),
		persona: (id: string) => page(entryRoute('personas', id)!),
		journey: (id: string) => page(entryRoute('journeys', id)!),
		pain: (ref: string) => {
			const [journey, pain] = ref.split('#');
			return `${page(entryRoute('journeys', journey)!)}#pain-${pain}`;
		},
		guide: (ref: string) => page(entryRoute('guides', ref)!),
		metric: (id: string) => page(entryRoute('metrics', id)!),
		start: (persona: string) => page(entryRoute('paths', persona)!),
		team: (id: string) => page(entryRoute('teams', id)!),
		area: (id: string) => page(entryRoute('areas', id)!),
		/** Content URLs: site-relative ones get the base, http(s) ones pass through (the schema refuses any other). */
		content: (url: string) => (url.startsWith('/') ? page(url) : url),
	};
}

export type Routes = ReturnType<typeof routesFor>;
