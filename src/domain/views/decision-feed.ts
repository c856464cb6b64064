import { decisionLabel } from '../decision-refs.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';

/** How many events the feed carries: the recent ones a reader has not seen; the log has the rest. */
export const FEED_LIMIT = 50;

/** One event of the decision feed: a record decided or proposed, or a later status change. */
export interface FeedItem {
	title: string;
	/** The record's page, under the base path; a status change links to its row of the status history. */
	link: string;
	/** YYYY-MM-DD. */
	date: string;
	description: string;
	categories: string[];
}

/** The decision log's RSS feed: every new and changed decision, newest first. */
export interface DecisionFeedView {
	title: string;
	description: string;
	/** The decision log, under the base path. */
	link: string;
	items: FeedItem[];
}

/** The decision log's feed, newest first; `limit` events at most (the changelog asks for all). */
export function decisionFeedView(content: SiteContent, limit = FEED_LIMIT): DecisionFeedView {
	const to = lookup(content);
	const items = [...content.decisions].flatMap(([id, data]): FeedItem[] => {
		const label = decisionLabel(id);
		const page = to.decision(id);
		const categories = [...data.tags];
		const first = data.history.length > 0 ? 'decided' : data.status;
		return [
			{
				title: `${label} ${first}: ${data.title}`,
				link: page,
				date: data.date,
				description:
					data.status === 'proposed' && data.history.length === 0
						? `${label} is proposed and open for comment: ${data.title}.`
						: `${label} was ${first} on ${data.date}: ${data.title}.`,
				categories,
			},
			...data.history.map((change, i) => {
				const by = change.status === 'superseded' ? (content.relations.supersededBy.get(id) ?? []).map(decisionLabel) : [];
				return {
					title: `${label} ${change.status}: ${data.title}`,
					link: `${page}#status-${i + 1}`,
					date: change.date,
					description: [`${label} was ${change.status} on ${change.date}${by.length > 0 ? ` by ${by.join(', ')}` : ''}.`, change.note]
						.filter(Boolean)
						.join(' '),
					categories,
				};
			}),
		];
	});
	return {
		title: `${content.site.name} decision log`,
		description: `New and changed architecture and product decisions of ${content.site.organisation}'s platform.`,
		link: to.page('/decisions/'),
		items: items.sort((a, b) => b.date.localeCompare(a.date) || b.link.localeCompare(a.link)).slice(0, limit),
	};
}
