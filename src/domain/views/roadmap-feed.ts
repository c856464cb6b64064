import { quarterLabel } from '../quarters.ts';
import type { HistoryEvent } from '../roadmap-history.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';

/** One entry of the roadmap feed. */
export interface FeedItem {
	title: string;
	/** The roadmap item's own title, without the event: what a page that labels the event shows. */
	item: string;
	/** Site-relative, with the base path. */
	link: string;
	/** YYYY-MM-DD. */
	date: string;
	description: string;
	category: 'now' | 'shipped' | 'declined' | 'slipped';
	/** Unique and stable across builds: the item, the kind of event and its date. */
	guid: string;
}

/** Everything the roadmap feed says: the newest events first. */
export interface RoadmapFeedView {
	title: string;
	description: string;
	items: FeedItem[];
}

/** How many entries the feed keeps. */
export const FEED_LENGTH = 50;

/**
 * The roadmap feed: items that entered Now, shipped, were declined or slipped. Ship dates and
 * declined reasons come from the content; entering Now and slips come from git history, so a site
 * built without history announces only what shipped and what was declined.
 */
export function roadmapFeedView(content: SiteContent, limit = FEED_LENGTH): RoadmapFeedView {
	const to = lookup(content);
	const history = content.history.status === 'complete' ? content.history.items : new Map<string, readonly HistoryEvent[]>();
	const items: FeedItem[] = [];
	for (const [id, data] of content.roadmap) {
		const link = to.roadmapItem(id);
		const entry = (category: FeedItem['category'], date: string, title: string, description: string) =>
			items.push({ title, item: data.title, link, date, description, category, guid: `${id}/${category}/${date}` });
		const events = history.get(id) ?? [];
		if (data.horizon === 'shipped' && data.shippedOn) entry('shipped', data.shippedOn, `Shipped: ${data.title}`, data.outcome);
		if (data.horizon === 'declined') {
			const declined = events.findLast((event) => event.kind === 'declined')?.date ?? data.lastReviewed;
			entry('declined', declined, `Declined: ${data.title}`, data.declinedReason ?? data.summary);
		}
		for (const event of events) {
			if ((event.kind === 'entered' && event.horizon === 'now') || (event.kind === 'moved' && event.to === 'now'))
				entry('now', event.date, `Now being built: ${data.title}`, data.summary);
			if (event.kind === 'slipped')
				entry(
					'slipped',
					event.date,
					`Slipped: ${data.title}`,
					`The target window moved from ${quarterLabel(event.from)} to ${quarterLabel(event.to)}. ${data.summary}`,
				);
		}
	}
	return {
		title: `${content.site.name} roadmap`,
		description: `What entered Now, shipped, was declined or slipped on the ${content.site.name} roadmap.`,
		items: items.sort((a, b) => b.date.localeCompare(a.date) || a.guid.localeCompare(b.guid)).slice(0, limit),
	};
}
