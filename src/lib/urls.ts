const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site-relative path with the configured base, so the site can live under a sub-path. */
export const href = (path: string) => `${base}${path}`;

/** Page URLs, one function per route in DESIGN.md. */
export const routes = {
	roadmapItem: (id: string) => href(`/roadmap/${id}/`),
	decision: (id: string) => href(`/decisions/${id}/`),
	persona: (id: string) => href(`/personas/${id}/`),
	journey: (id: string) => href(`/journeys/${id}/`),
	pain: (ref: string) => href(`/journeys/${ref.split('#')[0]}/#pain-${ref.split('#')[1]}`),
	guide: (ref: string) => href(`/guides/${ref}/`),
	metric: (id: string) => href(`/metrics/${id}/`),
	start: (persona: string) => href(`/start/${persona}/`),
};

/** Content URLs: site-relative ones get the base, http(s) ones pass through (the schema refuses any other). */
export const contentUrl = (url: string) => (url.startsWith('/') ? href(url) : url);
