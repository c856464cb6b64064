import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { changelogView } from '../domain/views/changelog.ts';
import { siteContent } from '../lib/site-model.ts';

/** /changelog.xml: every change the changelog lists, newest first. */
export async function GET(context: APIContext): Promise<Response> {
	const content = await siteContent();
	const view = changelogView(content);
	const site = context.site ?? new URL(context.url.origin);
	const absolute = (path: string) => new URL(path, site).href;
	return rss({
		title: view.feed.label,
		description: `What changed on ${content.site.name}, ${content.site.organisation}'s platform: shipped work, decisions and metric milestones.`,
		site: absolute(content.base),
		items: view.months
			.flatMap((month) => month.entries)
			.map((entry) => ({
				title: `${entry.badge.text}: ${entry.title}`,
				link: absolute(entry.link),
				pubDate: new Date(`${entry.date}T00:00:00Z`),
				description: entry.description,
				categories: [entry.kind],
				customData: `<guid isPermaLink="false">${absolute(entry.link)}#${entry.kind}-${entry.date}</guid>`,
			})),
	});
}
