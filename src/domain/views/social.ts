import { entryRoute } from '../registry.ts';
import { withBase } from '../routes.ts';
import type { SiteContent } from '../site-content.ts';
import { type SocialCard, socialCardSvg } from '../social-card.ts';
import { ENTRY_COLLECTIONS, entryLink, entryType, orderOf } from './chrome.ts';
import type { HeadEntry } from './head.ts';

/** One entry page's social card: where the image is served (without the base), the page it is for, and what it shows. */
export interface SocialImage {
	/** Path of the image under /social/, without extension: "roadmap/preview-environments". */
	path: string;
	/** The page's path with the base: "/handbook/roadmap/preview-environments/". */
	page: string;
	card: SocialCard;
}

/** Every entry page's social card, computed once per content: every page's head looks its own up. */
const cards = new WeakMap<SiteContent, SocialImage[]>();

/** Every entry page's social card. */
export function socialImages(content: SiteContent): SocialImage[] {
	let images = cards.get(content);
	if (!images) {
		images = ENTRY_COLLECTIONS.flatMap((collection) =>
			orderOf(content, collection).map((id) => {
				const route = entryRoute(collection, id)!;
				return {
					path: route.slice(1, -1),
					page: withBase(content.base, route),
					card: {
						title: entryLink(content, collection, id).label,
						type: entryType(collection),
						platform: content.site.name,
						organisation: content.site.organisation,
					},
				};
			}),
		);
		cards.set(content, images);
	}
	return images;
}

/** The SVG of the card at `path`, or undefined when no entry page has that path. */
export function socialCardAt(content: SiteContent, path: string): string | undefined {
	const image = socialImages(content).find((candidate) => candidate.path === path);
	return image && socialCardSvg(image.card);
}

/** Open Graph and Twitter tags for the page at `pagePath` (with the base), when it has a card; `site` makes the image URL absolute. */
export function socialImageHead(content: SiteContent, pagePath: string, site: string): HeadEntry[] {
	const image = socialImages(content).find((candidate) => candidate.page === pagePath);
	if (!image) return [];
	const url = new URL(withBase(content.base, `/social/${image.path}.png`), site).href;
	// The alt text uses only what the page's own view holds, so a page restored from the build cache never carries a stale one.
	const alt = `${image.card.type}: ${image.card.title}`;
	return [
		{ tag: 'meta', attrs: { property: 'og:image', content: url } },
		{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
		{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
		{ tag: 'meta', attrs: { property: 'og:image:alt', content: alt } },
		{ tag: 'meta', attrs: { name: 'twitter:image', content: url } },
		{ tag: 'meta', attrs: { name: 'twitter:image:alt', content: alt } },
	];
}
