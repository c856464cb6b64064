import type { Link } from './parts.ts';

/** A head entry as Starlight lists it. */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, string | boolean | undefined>;
	content?: string;
}

/**
 * The head a page renders: Starlight's entries, less the canonical URL and og:url on the not-found
 * page, which is served at every missing address and has no canonical one.
 */
export function pageHead<T extends HeadEntry>(head: readonly T[], notFound: boolean): T[] {
	if (!notFound) return [...head];
	return head.filter((entry) => !(entry.tag === 'link' && entry.attrs?.rel === 'canonical') && entry.attrs?.property !== 'og:url');
}

/** The head entries that announce a page's RSS feed to feed readers; none without a feed. */
export const feedHead = (feed: Link | undefined): HeadEntry[] =>
	feed ? [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.label, href: feed.href } }] : [];
