import type { Element, ElementContent, Properties, Root } from 'hast';
import postcss from 'postcss';
import { attributeName, attributeText } from './raw-html.ts';

/**
 * What a rendered diagram may carry. Mermaid renders with securityLevel "strict" and, with
 * htmlLabels off, draws labels as SVG text; its SVG is still built from untrusted content, so it is
 * judged like a body: SVG drawing elements and mermaid's own <style> stay; script, links, images,
 * animation and every event handler go; a <foreignObject> (some diagram types draw labels in HTML)
 * keeps only text-level HTML; CSS may refer to nothing outside the diagram, and mermaid's <style>
 * keeps only rules whose every selector starts with the diagram's own id, so it styles nothing else
 * on the page (its @keyframes, whose names are global, go too).
 */
const SVG_ELEMENTS = new Set([
	'svg',
	'g',
	'defs',
	'symbol',
	'use',
	'marker',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'textpath',
	'title',
	'desc',
	'style',
	'clippath',
	'mask',
	'pattern',
	'lineargradient',
	'radialgradient',
	'stop',
	'filter',
	'feblend',
	'fecolormatrix',
	'fecomposite',
	'feflood',
	'fegaussianblur',
	'feoffset',
	'femerge',
	'femergenode',
	'fedropshadow',
	'foreignobject',
	'switch',
]);

/** HTML a label inside a <foreignObject> may use: text and its emphasis, nothing that loads or runs anything. */
const LABEL_ELEMENTS = new Set(['div', 'span', 'p', 'br', 'b', 'strong', 'i', 'em', 'code', 'sub', 'sup', 'small']);

/** Elements dropped with everything inside them: their content is code or a document, not a label. */
const DROPPED_WITH_CONTENT = new Set([
	'script',
	'iframe',
	'object',
	'embed',
	'image',
	'img',
	'audio',
	'video',
	'animate',
	'set',
	'animatemotion',
	'animatetransform',
	'a',
]);

/** CSS that refers only to the diagram itself: no @import, and url() only to a fragment (#marker). */
export function isLocalCss(css: string): boolean {
	const lower = css.toLowerCase();
	if (lower.includes('@import') || lower.includes('expression(')) return false;
	let at = lower.indexOf('url(');
	while (at !== -1) {
		const target = lower
			.slice(at + 4)
			.trimStart()
			.replace(/^["']/, '');
		if (!target.startsWith('#')) return false;
		at = lower.indexOf('url(', at + 4);
	}
	return true;
}

function cleanProperties(properties: Properties, inSvg: boolean): Properties {
	return Object.fromEntries(
		Object.entries(properties).filter(([property, value]) => {
			const name = attributeName(property, inSvg);
			const text = attributeText(value) ?? '';
			if (name.startsWith('on')) return false;
			if (name === 'href' || name === 'xlink:href' || name === 'src') return text.startsWith('#');
			if (name === 'style') return isLocalCss(text);
			return !(text.trim().toLowerCase().startsWith('url(') && !isLocalCss(text));
		}),
	);
}

/** The rules of a stylesheet that only style inside the element with id `scope`, or undefined when none are left. */
export function scopedCss(css: string, scope: string): string | undefined {
	let root: postcss.Root;
	try {
		root = postcss.parse(css);
	} catch {
		return undefined;
	}
	const prefix = `#${scope}`;
	const inScope = (selector: string) => selector === prefix || selector.startsWith(`${prefix} `) || selector.startsWith(`${prefix}.`);
	root.walkAtRules((rule) => void rule.remove());
	root.walkRules((rule) => {
		if (!rule.selectors.every(inScope)) rule.remove();
	});
	root.walkDecls((declaration) => {
		if (!isLocalCss(declaration.value)) declaration.remove();
	});
	const kept = root.toString().trim();
	return kept === '' ? undefined : kept;
}

function cleanChildren(children: readonly ElementContent[], inLabel: boolean, scope: string): ElementContent[] {
	return children.flatMap((child): ElementContent[] => {
		if (child.type === 'text') return [child];
		if (child.type !== 'element') return [];
		return cleanElement(child, inLabel, scope);
	});
}

function cleanElement(node: Element, inLabel: boolean, scope: string): ElementContent[] {
	const tag = node.tagName.toLowerCase();
	if (DROPPED_WITH_CONTENT.has(tag)) return [];
	const allowed = inLabel ? LABEL_ELEMENTS.has(tag) : SVG_ELEMENTS.has(tag);
	const innerLabel = inLabel || tag === 'foreignobject';
	if (!allowed) return cleanChildren(node.children, innerLabel, scope);
	if (tag === 'style') {
		const css = scopedCss(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''), scope);
		return css === undefined ? [] : [{ ...node, properties: {}, children: [{ type: 'text', value: css }] }];
	}
	return [{ ...node, properties: cleanProperties(node.properties, !inLabel), children: cleanChildren(node.children, innerLabel, scope) }];
}

/** The diagram's <svg> as the diagram policy allows it, or undefined when the tree holds no <svg> with an id (mermaid always writes one). */
export function cleanDiagramSvg(tree: Root): Element | undefined {
	const svg = tree.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
	if (!svg || typeof svg.properties.id !== 'string') return undefined;
	const [clean] = cleanElement(svg, false, svg.properties.id);
	return clean?.type === 'element' ? clean : undefined;
}

/**
 * The svg with an accessible name and description of its own: a <title> and <desc> first, which
 * screen readers announce, referred to by aria-labelledby and aria-describedby. `id` must be unique
 * on the page.
 */
export function namedSvg(svg: Element, id: string, title: string, description?: string): Element {
	const keep = svg.children.filter((child) => !(child.type === 'element' && (child.tagName === 'title' || child.tagName === 'desc')));
	const text = (tagName: string, suffix: string, value: string): Element => ({
		type: 'element',
		tagName,
		properties: { id: `${id}-${suffix}` },
		children: [{ type: 'text', value }],
	});
	return {
		...svg,
		properties: {
			...svg.properties,
			role: 'img',
			ariaLabelledBy: [`${id}-title`],
			...(description ? { ariaDescribedBy: [`${id}-desc`] } : { ariaDescribedBy: undefined }),
			ariaRoleDescription: undefined,
		},
		children: [text('title', 'title', title), ...(description ? [text('desc', 'desc', description)] : []), ...keep],
	};
}

/** The title and description mermaid wrote from a diagram's accTitle and accDescr, if any. */
export function svgText(svg: Element, tagName: 'title' | 'desc'): string | undefined {
	const node = svg.children.find((child): child is Element => child.type === 'element' && child.tagName === tagName);
	if (!node) return undefined;
	const value = node.children
		.map((child) => (child.type === 'text' ? child.value : ''))
		.join('')
		.trim();
	return value === '' ? undefined : value;
}
