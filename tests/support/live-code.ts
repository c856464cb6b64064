import { attributeOf, elementsOf, textOf, type Element } from './html.ts';

/** Attributes a browser follows as a URL: navigates to, loads, or submits to. */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite']);

/** SVG animation elements set another attribute (such as href) to these attributes' values. */
const ANIMATION_ELEMENTS = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);
const ANIMATION_VALUES = new Set(['values', 'to', 'from', 'by']);

/** Elements that embed another document or change where every link on the page goes. */
const EMBEDDING_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'portal']);

/** Script types a browser runs. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** Schemes a link may use; a URL without one is relative. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser reads from an attribute value: it drops surrounding spaces and controls, and every tab and newline, first. */
function schemeOf(value: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- exactly the characters the URL standard strips
	const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
}

/** What in one element would run, or lead to a script URL, as `<tag attribute="value">` lines. */
function findingsOf(element: Element, payload: string): string[] {
	const tag = element.tagName.toLowerCase();
	const findings: string[] = [];
	const show = (name: string, value: string) => `<${tag} ${name}=${JSON.stringify(value)}>`;
	if (EMBEDDING_ELEMENTS.has(tag)) findings.push(`<${tag}>`);
	if (tag === 'meta' && attributeOf(element, 'http-equiv')?.toLowerCase() === 'refresh') findings.push('<meta http-equiv="refresh">');
	if (tag === 'script' && SCRIPT_TYPES.has((attributeOf(element, 'type') ?? '').trim().toLowerCase())) {
		const text = textOf(element);
		if (`${attributeOf(element, 'src')} ${text}`.includes(payload)) findings.push(`<script>${text.slice(0, 80)}`);
	}
	for (const { name, value } of element.attrs) {
		if (name.startsWith('on') || name === 'srcdoc') findings.push(show(name, value));
		const followed = URL_ATTRIBUTES.has(name) || (ANIMATION_ELEMENTS.has(tag) && ANIMATION_VALUES.has(name));
		const urls = name === 'values' ? value.split(';') : [value];
		if (followed && urls.some((url) => !SAFE_SCHEMES.has(schemeOf(url) ?? 'http'))) findings.push(show(name, value));
	}
	return findings;
}

/**
 * Everything in a page, parsed as a browser parses it, that runs script or leads to a script URL:
 * scripts that carry the payload (the site's own scripts never do), event-handler attributes, URLs
 * with a scheme other than http(s) and mailto (entities decoded, spaces and tabs dropped, as a
 * browser does), SVG animations that set such a URL, and elements that embed other documents.
 */
export function liveCode(html: string, payload: string): string[] {
	return elementsOf(html).flatMap((element) => findingsOf(element, payload));
}
