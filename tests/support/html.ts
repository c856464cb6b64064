import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Every element of a page, parsed as a browser parses it (entities decoded, template contents included), in document order. */
export function elementsOf(html: string): Element[] {
	const elements: Element[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node) elements.push(node);
		const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
		children.forEach(visit);
	};
	visit(parse(html));
	return elements;
}

/** An element's text as a reader sees it. */
export function textOf(node: Node): string {
	if ('value' in node) return node.value;
	return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** An attribute's value, or undefined when the element has none. */
export const attributeOf = (element: Element, name: string) => element.attrs.find((attribute) => attribute.name === name)?.value;
