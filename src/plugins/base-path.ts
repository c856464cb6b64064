import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { isSiteRelative } from '../domain/safe-url.ts';

/** Attributes whose site-relative URL needs the base path: links, images, and components such as LinkCard. */
const URL_ATTRIBUTES = ['href', 'src'];

/**
 * A path on this site with the site's base path in front: /guides/ becomes /docs/guides/ under base
 * /docs/. Other URLs, and paths that already start with the base, are returned as they are.
 */
export function withBase(url: string, base: string): string {
	const prefix = `/${base.split('/').filter(Boolean).join('/')}`;
	if (prefix === '/' || !isSiteRelative(url)) return url;
	const rest = url.slice(prefix.length);
	if (url.startsWith(prefix) && (rest === '' || ['/', '?', '#'].includes(rest.charAt(0)))) return url;
	return `${prefix}${url}`;
}

function prefixJsx(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext, base: string): void {
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !URL_ATTRIBUTES.includes(attribute.name)) continue;
		const url = withBase(attribute.value, base);
		if (url !== attribute.value) ctx.setProperty(node, attribute.name, url);
	}
}

/**
 * Sätteri hast plugin that puts Astro's base path (TRAILMAP_BASE) in front of site-relative links and
 * images in bodies, written in Markdown, HTML or JSX; authors write /guides/... whatever the base.
 * Undefined when the base is "/", so the pipeline skips it.
 */
export function basePathPlugin(base: string): HastPluginDefinition | undefined {
	if (withBase('/', base) === '/') return undefined;
	return {
		name: 'trailmap-base-path',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				for (const key of URL_ATTRIBUTES) {
					const value = node.properties[key];
					if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, key, withBase(value, base));
				}
			},
		},
		mdxJsxFlowElement: { filter: [], visit: (node, ctx) => prefixJsx(node, ctx, base) },
		mdxJsxTextElement: { filter: [], visit: (node, ctx) => prefixJsx(node, ctx, base) },
	};
}
