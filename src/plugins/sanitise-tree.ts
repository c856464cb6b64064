import type { Element, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { MdxJsxAttributeNode, MdxJsxExpressionAttributeNode, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import {
	isAllowedAttribute,
	isAllowedElement,
	isAllowedProp,
	isBodyComponent,
	isComponentSyntax,
	isRemovedWithContent,
	isUrlAttribute,
} from '../domain/html-policy.ts';
import { attributeName, attributeText } from '../domain/raw-html.ts';
import { refuseUrl } from '../domain/safe-url.ts';
import { parseRawHtml } from './parse-raw-html.ts';

export interface SanitiseOptions {
	/** The site opted in to full MDX: import/export, {expressions}, expression attributes and any component stay. */
	trustedMdx: boolean;
}

interface Context extends SanitiseOptions {
	/** Inside an <svg>, where hast names attributes the SVG way (fillRule is fill-rule). */
	inSvg: boolean;
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type JsxAttribute = MdxJsxAttributeNode | MdxJsxExpressionAttributeNode;

/** What a node becomes: itself when it may stay as it is, or the nodes that replace it (none to drop it). */
type Outcome = RootContent | RootContent[];

const isSafeUrl = (value: string) => refuseUrl(value, 'body') === undefined;

/** The same array when every child stays as it is, so an untouched tree is never copied. */
function sanitiseChildren<T extends RootContent>(children: readonly T[], context: Context): T[] {
	let changed = false;
	const result = children.flatMap((child) => {
		const outcome = sanitiseNode(child, context);
		if (outcome !== child) changed = true;
		return outcome as T | T[];
	});
	return changed ? result : (children as T[]);
}

/** Parses HTML that reached the tree as a string, so that it is judged as elements like everything else. */
const parsedHtml = (html: string, context: Context): RootContent[] =>
	sanitiseChildren(fromHtml(html, { fragment: true }).children, context);

function sanitiseProperties(tag: string, properties: Properties, inSvg: boolean): Properties {
	const kept = Object.entries(properties).filter(([property, value]) => {
		const name = attributeName(property, inSvg);
		if (!isAllowedAttribute(tag, name)) return false;
		const text = attributeText(value);
		return text === undefined || !isUrlAttribute(name) || isSafeUrl(text);
	});
	return kept.length === Object.keys(properties).length ? properties : Object.fromEntries(kept);
}

/**
 * True when an element may stay exactly as it is, judged on its own (not its children). Inside or
 * outside an <svg>, hast names some attributes differently, so both namings must pass.
 */
export function isCleanElement(node: Readonly<Element>): boolean {
	const tag = node.tagName.toLowerCase();
	const { properties } = node;
	return (
		isAllowedElement(tag) &&
		sanitiseProperties(tag, properties, false) === properties &&
		sanitiseProperties(tag, properties, true) === properties
	);
}

/** True when a JSX element may stay exactly as it is, judged on its own (not its children). */
export function isCleanJsx(node: Readonly<JsxElement>, options: SanitiseOptions): boolean {
	return keptJsxAttributes(node, options.trustedMdx)?.length === node.attributes.length;
}

function sanitiseElement(node: Element, context: Context): Outcome {
	const tag = node.tagName.toLowerCase();
	const inner = { ...context, inSvg: context.inSvg || tag === 'svg' };
	if (!isAllowedElement(tag)) return isRemovedWithContent(tag) ? [] : sanitiseChildren(node.children, inner);
	const properties = sanitiseProperties(tag, node.properties, inner.inSvg);
	const children = sanitiseChildren(node.children, inner);
	return properties === node.properties && children === node.children ? node : { ...node, properties, children };
}

/** An attribute written as text (title="Setup") or bare (open), not as code. */
type LiteralAttribute = Omit<MdxJsxAttributeNode, 'value'> & { value?: string | null };

const isLiteral = (attribute: JsxAttribute): attribute is LiteralAttribute =>
	attribute.type === 'mdxJsxAttribute' &&
	(attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string');

/** A literal URL attribute must be safe; other attributes are judged by `allowed`. */
const literalAttributeFilter =
	(allowed: (name: string) => boolean) =>
	(attribute: LiteralAttribute): boolean =>
		allowed(attribute.name) && (!isUrlAttribute(attribute.name) || isSafeUrl(attribute.value ?? ''));

function withAttributes(node: JsxElement, attributes: JsxAttribute[], context: Context): Outcome {
	const children = sanitiseChildren(node.children, context);
	const same = attributes.length === node.attributes.length && children === node.children;
	return same ? node : { ...node, attributes, children };
}

/**
 * Astro's <Fragment set:html="..."> writes its string into the page unparsed; Starlight's asides use
 * one for their icon. Its HTML is parsed and sanitised into elements instead.
 */
function fragmentHtml(node: JsxElement, context: Context): RootContent[] | undefined {
	const [attribute, ...others] = node.attributes;
	if (node.name !== 'Fragment' || others.length > 0 || attribute?.type !== 'mdxJsxAttribute' || attribute.name !== 'set:html')
		return undefined;
	return typeof attribute.value === 'string' ? parsedHtml(attribute.value, context) : undefined;
}

/** The attributes a JSX element keeps, or undefined when the element itself cannot stay (its text may). */
function keptJsxAttributes(node: Readonly<JsxElement>, trustedMdx: boolean): JsxAttribute[] | undefined {
	const { name } = node;
	if (name === null || (trustedMdx && isComponentSyntax(name))) return node.attributes;
	if (isComponentSyntax(name)) {
		if (!isBodyComponent(name)) return undefined;
		const allowed = literalAttributeFilter((prop) => isAllowedProp(name, prop));
		return node.attributes.filter((attribute) => isLiteral(attribute) && allowed(attribute));
	}
	const tag = name.toLowerCase();
	if (!isAllowedElement(tag)) return undefined;
	const allowed = literalAttributeFilter((attribute) => isAllowedAttribute(tag, attribute));
	return node.attributes.filter((attribute) => (isLiteral(attribute) ? allowed(attribute) : trustedMdx));
}

function sanitiseJsx(node: JsxElement, context: Context): Outcome {
	const attributes = keptJsxAttributes(node, context.trustedMdx);
	const name = node.name ?? '';
	const inner = { ...context, inSvg: context.inSvg || name === 'svg' };
	if (attributes) return withAttributes(node, attributes, inner);
	if (isComponentSyntax(name)) return fragmentHtml(node, context) ?? sanitiseChildren(node.children, context);
	return isRemovedWithContent(name) ? [] : sanitiseChildren(node.children, inner);
}

function sanitiseNode(node: RootContent, context: Context): Outcome {
	switch (node.type) {
		case 'text':
		case 'comment':
			return node;
		case 'element':
			return sanitiseElement(node, context);
		case 'raw':
			// parseRawHtml leaves none; one that a plugin adds later is parsed on its own.
			return parsedHtml(node.value, context);
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return sanitiseJsx(node, context);
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return context.trustedMdx ? node : [];
		default:
			// A doctype, or a node type this policy does not know, never reaches a reader.
			return [];
	}
}

/**
 * The tree with everything the HTML policy refuses taken out: raw HTML strings are parsed first, then
 * elements and attributes off the allow-list go (their text stays unless it is code), and so do
 * unsafe URLs after decoding, and, unless the site trusts its authors' MDX, import/export,
 * {expressions}, expression attributes and components other than Trailmap's. The very same object
 * when nothing had to go.
 */
export function sanitiseTree(root: Root, options: SanitiseOptions): Root {
	const parsed = parseRawHtml(root);
	const children = sanitiseChildren(parsed.children, { ...options, inSvg: false });
	return children === root.children ? root : { ...parsed, children };
}
