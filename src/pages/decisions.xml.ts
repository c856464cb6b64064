import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { decisionFeedView } from '../domain/views/decision-feed.ts';
import { siteContent } from '../lib/site-model.ts';

/** /decisions.xml: new and changed decisions, for feed readers. */
export async function GET(context: APIContext): Promise<Response> {
	const view = decisionFeedView(await siteContent());
	const site = context.site ?? new URL(context.url.origin);
	const absolute = (path: string) => new URL(path, site).href;
	return rss({
		title: view.title,
		description: view.description,
		site: absolute(view.link),
		items: view.items.map((item) => ({
			title: item.title,
			link: absolute(item.link),
			pubDate: new Date(`${item.date}T00:00:00Z`),
			description: item.description,
			categories: item.categories,
		})),
	});
}
