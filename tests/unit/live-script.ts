import type { Root, RootContent } from 'hast';
import { find, html } from 'property-information';

/** Elements that run script, embed documents, restyle or redirect the page, or submit data. */
const ACTIVE = new Set([
	'script',
	'iframe',
	'object',
	'embed',
	'applet',
	'frame',
	'frameset',
	'style',
	'meta',
	'base',
	'link',
	'form',
	'template',
	'noscript',
]);

/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'cite']);

const SITE = new URL('https://site.invalid/section/page/');

/** Why a URL is live or leaves the site, read as the browser reads it (tabs and newlines dropped, relative resolved). */
function urlDanger(value: string): string | undefined {
	if (!URL.canParse(value, SITE)) return undefined;
	const url = new URL(value, SITE);
	if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return `a ${url.protocol} URL`;
	if (!URL.canParse(value) && url.origin !== SITE.origin) return 'a relative URL that leaves the site';
	return undefined;
}

/**
 * Everything in a rendered tree that could run script or leave the site unasked, judged
 * independently of Trailmap's own policy so that it can catch the policy's mistakes.
 */
export function liveScript(tree: Root): string[] {
	const found: string[] = [];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'element') {
			if (ACTIVE.has(node.tagName.toLowerCase())) found.push(`<${node.tagName}>`);
			for (const [property, value] of Object.entries(node.properties)) {
				const name = find(html, property).attribute.toLowerCase();
				if (name.startsWith('on')) found.push(`${name} attribute`);
				if (name.includes(':') && !name.startsWith('xlink:') && !name.startsWith('xml')) found.push(`${name} directive`);
				const danger = URL_ATTRIBUTES.has(name) && typeof value === 'string' ? urlDanger(value) : undefined;
				if (danger) found.push(`${name}: ${danger}`);
			}
		}
		if ('children' in node) node.children.forEach(visit);
	};
	visit(tree);
	return found;
}

/** The text of a tree, as a reader sees it. */
export const textOf = (node: Root | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
