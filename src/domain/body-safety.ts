import type { Html, Nodes, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression, MdxjsEsm } from 'mdast-util-mdx';
import * as explain from './body-findings.ts';
import { decisionMentions } from './decision-refs.ts';
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

/**
 * A link or image to a path on this site, or a Markdown image beside the file (a relative path such
 * as images/flow.png), positioned within the body (1-based); the page or image it names must exist.
 */
export interface BodyLink extends Place {
	/** As written, such as /guides/basics/local-setup/, /guides/#steps or images/flow.png; without the site's base path. */
	url: string;
	kind: 'link' | 'image';
}

/** A decision reference in prose (ADR-0012), positioned within the body (1-based); the record must exist. */
export interface BodyDecisionRef extends Place {
	/** As written, such as "ADR 12". */
	text: string;
	/** The four-digit number it names. */
	number: string;
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
	/** Decision references in prose, outside code and links: the site links each to its record. */
	decisionRefs: BodyDecisionRef[];
	/** Mermaid blocks, for the diagram check (src/lib/diagram-check.ts), which needs mermaid and so runs outside the domain. */
	diagrams: BodyDiagram[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A relative path such as images/flow.png or ../flow.png: no scheme, not from the site's root, not only a fragment or query. */
const isBesideFile = (url: string) => url !== '' && !isSiteRelative(url) && !URL.canParse(url) && !/^[#?]/.test(url);

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
 * authors' MDX). Code, fenced or inline, is never judged. Also lists every link to a path on this site
 * and every Markdown image beside the file.
 */
export function checkBody(body: string, options: CheckBodyOptions): BodyCheck {
	const parsed = parseBody(body, options.format);
	if (parsed.failure) {
		const { line, column, reason } = parsed.failure;
		return {
			findings: [{ line, column, value: firstLine(body.split('\n')[line - 1] ?? '').trim(), ...explain.unreadableMdx(reason) }],
			links: [],
			decisionRefs: [],
			diagrams: [],
		};
	}
	const lines = body.split('\n');
	const findings: BodyFinding[] = [];
	const links: BodyLink[] = [];
	const decisionRefs: BodyDecisionRef[] = [];
	const diagrams: BodyDiagram[] = [];
	const trusted = options.trustedMdx;

	const report = (place: Place, value: string, { message, hint }: explain.Explanation): void => {
		findings.push({ ...place, value, message, hint });
	};

	/** `markdownImage`: a Markdown image, which the build bundles from beside the file; an HTML src is left to the browser. */
	const judgeUrl = (url: string, place: Place, kind: BodyLink['kind'], markdownImage = false) => {
		const refusal = refuseUrl(url, 'body');
		if (refusal) report(place, url, refusal);
		else if (isSiteRelative(url) || (markdownImage && isBesideFile(url))) links.push({ url, kind, ...place });
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

	/** Places each reference at its line and column, counting the line breaks a paragraph's text holds. */
	const collectMentions = (node: Text) => {
		const start = placeOf(node);
		for (const mention of decisionMentions(node.value)) {
			const before = node.value.slice(0, mention.start).split('\n');
			const line = start.line + before.length - 1;
			// A paragraph's later lines lose their indent in a list or quote: find the reference on its source line.
			const column = before.length === 1 ? start.column + mention.start : (lines[line - 1] ?? '').indexOf(mention.text) + 1 || 1;
			decisionRefs.push({ line, column, text: mention.text, number: mention.number });
		}
	};

	/** Links, link references and <a> elements already link somewhere; code is never touched. */
	const isLinkLike = (node: Nodes) =>
		node.type === 'link' ||
		node.type === 'linkReference' ||
		((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a');

	const visit = (node: Nodes, inLink: boolean) => {
		switch (node.type) {
			case 'text':
				if (!inLink) collectMentions(node);
				break;
			case 'link':
			case 'definition':
				judgeUrl(node.url, placeOf(node), 'link');
				break;
			case 'image':
				judgeUrl(node.url, placeOf(node), 'image', true);
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
		if ('children' in node) for (const child of node.children) visit(child, inLink || isLinkLike(node));
	};
	visit(parsed.tree, false);

	const byPlace = (a: Place, b: Place) => a.line - b.line || a.column - b.column;
	return { findings: findings.sort(byPlace), links: links.sort(byPlace), decisionRefs: decisionRefs.sort(byPlace), diagrams };
}
