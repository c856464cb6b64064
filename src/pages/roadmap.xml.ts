import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { roadmapFeedView } from '../domain/views/roadmap-feed.ts';
import { siteContent } from '../lib/site-model.ts';

/** The roadmap feed, /roadmap.xml: items entering Now, shipped, declined and slipped, newest first. */
export async function GET(context: APIContext) {
	const site = context.site ?? new URL(context.url.origin);
	const view = roadmapFeedView(await siteContent());
	return rss({
		title: view.title,
		description: view.description,
		site,
		items: view.items.map((item) => ({
			title: item.title,
			link: new URL(item.link, site).href,
			pubDate: new Date(`${item.date}T00:00:00Z`),
			description: item.description,
			categories: [item.category],
			customData: `<guid isPermaLink="false">${new URL(item.link, site).href}#${item.category}-${item.date}</guid>`,
		})),
	});
}
