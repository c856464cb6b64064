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

/** The head entry announcing a feed, so feed readers find it from the page; none without a feed. */
export function feedHead(feed: { href: string; label: string } | undefined): { tag: 'link'; attrs: Record<string, string> }[] {
	return feed ? [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.label, href: feed.href } }] : [];
}
