import type { Html, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression, MdxjsEsm } from 'mdast-util-mdx';
import * as explain from './body-findings.ts';
import { type BodyFormat, parseBody } from './body-tree.ts';
import { isAllowedAttribute, isAllowedElement, isAllowedProp, isBodyComponent, isComponentSyntax, isUrlAttribute } from './html-policy.ts';
import { type Place, htmlElements } from './raw-html.ts';
import { isSiteRelative, refuseUrl } from './safe-url.ts';

export type { BodyFormat } from './body-tree.ts';

/** A finding in a Markdown or MDX body, positioned within the body (1-based). */
export interface BodyFinding extends Place {
	/** The offending text as the site would read it, such as a decoded URL or <iframe>. */
	value: string;
	message: string;
	hint: string;
}

/** A link or image to a path on this site, positioned within the body (1-based); the page it names must exist. */
export interface BodyLink extends Place {
	/** As written, such as /guides/basics/local-setup/ or /guides/#steps; without the site's base path. */
	url: string;
	kind: 'link' | 'image';
}

export interface CheckBodyOptions {
	format: BodyFormat;
	/** The site opted in to full MDX (site.yaml trustedMdx): import/export, {expressions} and any component. */
	trustedMdx: boolean;
}

/** A fenced ```mermaid block: its source and the body line its first line of source is on. */
export interface BodyDiagram {
	line: number;
	source: string;
}

export interface BodyCheck {
	findings: BodyFinding[];
	links: BodyLink[];
	/** Mermaid blocks, for the diagram check (src/lib/diagram-check.ts), which needs mermaid and so runs outside the domain. */
	diagrams: BodyDiagram[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const placeOf = (node: { position?: { start: Place } }): Place => ({
	line: node.position?.start.line ?? 1,
	column: node.position?.start.column ?? 1,
});

/** The line of a multi-line snippet, for a finding's value. */
const firstLine = (text: string) => text.split('\n')[0];

/**
 * Judges a Markdown or MDX body on its syntax tree, as the site would render it: link and image
 * URLs after decoding, raw HTML and lower-case JSX elements against the HTML allow-list, and in MDX
 * import/export, {expressions} and components other than Trailmap's (unless the site trusts its
 * authors' MDX). Code, fenced or inline, is never judged. Also lists every link to a path on this site.
 */
export function checkBody(body: string, options: CheckBodyOptions): BodyCheck {
	const parsed = parseBody(body, options.format);
	if (parsed.failure) {
		const { line, column, reason } = parsed.failure;
		return {
			findings: [{ line, column, value: firstLine(body.split('\n')[line - 1] ?? '').trim(), ...explain.unreadableMdx(reason) }],
			links: [],
			diagrams: [],
		};
	}
	const lines = body.split('\n');
	const findings: BodyFinding[] = [];
	const links: BodyLink[] = [];
	const diagrams: BodyDiagram[] = [];
	const trusted = options.trustedMdx;

	const report = (place: Place, value: string, { message, hint }: explain.Explanation): void => {
		findings.push({ ...place, value, message, hint });
	};

	const judgeUrl = (url: string, place: Place, kind: BodyLink['kind']) => {
		const refusal = refuseUrl(url, 'body');
		if (refusal) report(place, url, refusal);
		else if (isSiteRelative(url)) links.push({ url, kind, ...place });
	};

	/** A snippet's place within the body; continuation lines of a snippet inside a list or quote lose its indent. */
	const inBody = (node: Html, inner: Place): Place => {
		const start = placeOf(node);
		if (inner.line === 1) return { line: start.line, column: start.column + inner.column - 1 };
		const line = start.line + inner.line - 1;
		const indent = (lines[line - 1]?.length ?? 0) - (node.value.split('\n')[inner.line - 1]?.length ?? 0);
		return { line, column: inner.column + Math.max(0, indent) };
	};

	const judgeHtml = (node: Html) => {
		for (const element of htmlElements(node.value)) {
			if (!isAllowedElement(element.tag)) {
				report(inBody(node, element), `<${element.tag}>`, explain.refusedElement(element.tag));
				continue;
			}
			for (const { name, value, ...at } of element.attributes) {
				const place = inBody(node, at);
				if (!isAllowedAttribute(element.tag, name)) report(place, `${name}="${value}"`, explain.refusedAttribute(element.tag, name));
				else if (isUrlAttribute(name)) judgeUrl(value, place, name === 'src' ? 'image' : 'link');
			}
		}
	};

	const judgeJsx = (node: JsxElement) => {
		const name = node.name;
		if (name === null) return;
		const component = isComponentSyntax(name);
		const tag = name.toLowerCase();
		if (component && !trusted && !isBodyComponent(name)) {
			report(placeOf(node), `<${name}>`, explain.unknownComponent(name));
			return;
		}
		if (!component && !isAllowedElement(tag)) {
			report(placeOf(node), `<${name}>`, explain.refusedElement(tag));
			return;
		}
		for (const attribute of node.attributes) {
			const place = placeOf(attribute.position ? attribute : node);
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				if (!trusted) report(place, `{${attribute.value}}`, explain.spreadAttribute());
				continue;
			}
			const { value } = attribute;
			if (typeof value === 'object' && value !== null) {
				if (!trusted) report(place, `${attribute.name}={${value.value}}`, explain.expressionAttribute(attribute.name));
				continue;
			}
			const text = value ?? '';
			if (component && isBodyComponent(name) && !isAllowedProp(name, attribute.name)) {
				if (!trusted) report(place, `${attribute.name}="${text}"`, explain.unknownProp(name, attribute.name));
			} else if (!component && !isAllowedAttribute(tag, attribute.name)) {
				report(place, `${attribute.name}="${text}"`, explain.refusedAttribute(tag, attribute.name.toLowerCase()));
			} else if (isUrlAttribute(attribute.name)) {
				judgeUrl(text, place, attribute.name.toLowerCase() === 'src' ? 'image' : 'link');
			}
		}
	};

	const judgeEsm = (node: MdxjsEsm) => {
		// micromark's MDX parser gives every import/export block its statements, each placed in the body.
		for (const statement of node.data?.estree?.body ?? []) {
			const line = statement.loc?.start.line ?? placeOf(node).line;
			const column = (statement.loc?.start.column ?? 0) + 1;
			const text = statement.range ? body.slice(statement.range[0], statement.range[1]) : node.value;
			report({ line, column }, firstLine(text), explain.esmStatement(statement.type === 'ImportDeclaration'));
		}
	};

	/** Comments, {/* like this *\/}, are how MDX writes comments; they hold no code. */
	const judgeExpression = (node: MdxFlowExpression | MdxTextExpression) => {
		if (node.data?.estree?.body.length === 0) return;
		report(placeOf(node), `{${firstLine(node.value)}}`, explain.expression());
	};

	const visit = (node: Nodes) => {
		switch (node.type) {
			case 'link':
			case 'definition':
				judgeUrl(node.url, placeOf(node), 'link');
				break;
			case 'image':
				judgeUrl(node.url, placeOf(node), 'image');
				break;
			case 'html':
				judgeHtml(node);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				judgeJsx(node);
				break;
			case 'mdxjsEsm':
				if (!trusted) judgeEsm(node);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!trusted) judgeExpression(node);
				break;
			case 'code':
				// The fence is on the node's first line; the diagram starts on the next.
				if (node.lang === 'mermaid') diagrams.push({ line: placeOf(node).line + 1, source: node.value });
				break;
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(parsed.tree);

	const byPlace = (a: Place, b: Place) => a.line - b.line || a.column - b.column;
	return { findings: findings.sort(byPlace), links: links.sort(byPlace), diagrams };
}
