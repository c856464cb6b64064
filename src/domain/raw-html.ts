import type { Element, Properties, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html, svg } from 'property-information';

/** A 1-based line and column. */
export interface Place {
	line: number;
	column: number;
}

/** An attribute as the browser reads it: entities decoded, name lower-case. */
export interface HtmlAttribute extends Place {
	name: string;
	value: string;
}

/** An element of a snippet of raw HTML, placed within the snippet. */
export interface HtmlElement extends Place {
	tag: string;
	attributes: HtmlAttribute[];
}

/** The attribute a hast property stands for, lower-case: `onError` is onerror, and `fillRule` is fill-rule inside an <svg>. */
export const attributeName = (property: string, inSvg: boolean): string => find(inSvg ? svg : html, property).attribute.toLowerCase();

/** A hast property value as the attribute text the browser would see; undefined when the attribute is absent. */
export function attributeText(value: Properties[string]): string | undefined {
	if (value === null || value === undefined || value === false) return undefined;
	if (value === true) return '';
	return Array.isArray(value) ? value.join(' ') : String(value);
}

const placeOf = (position: { start: Place } | undefined): Place => ({
	line: position?.start.line ?? 1,
	column: position?.start.column ?? 1,
});

function collect(nodes: readonly RootContent[], inSvg: boolean, into: HtmlElement[]): HtmlElement[] {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		const svgContent = inSvg || node.tagName === 'svg';
		into.push(describe(node, svgContent));
		collect(node.children, svgContent, into);
		if (node.content) collect(node.content.children, svgContent, into);
	}
	return into;
}

function describe(element: Element, inSvg: boolean): HtmlElement {
	const positions =
		(element.data as { position?: { properties?: Record<string, { start: Place }> } } | undefined)?.position?.properties ?? {};
	const attributes = Object.entries(element.properties).flatMap(([property, raw]) => {
		const value = attributeText(raw);
		if (value === undefined) return [];
		return [{ name: attributeName(property, inSvg), value, ...placeOf(positions[property] ?? element.position) }];
	});
	return { tag: element.tagName.toLowerCase(), attributes, ...placeOf(element.position) };
}

/** Every element of a snippet of raw HTML, parsed as a browser parses it, nested ones included. */
export const htmlElements = (snippet: string): HtmlElement[] =>
	collect(fromHtml(snippet, { fragment: true, verbose: true }).children, false, []);
