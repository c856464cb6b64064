import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { decisionMentions } from '../domain/decision-refs.ts';

/** A decision record as a reference links to it: its page (without the base path) and its title. */
export interface DecisionTarget {
	href: string;
	title: string;
}

/** Decision records by four-digit number. */
export type DecisionTargets = ReadonlyMap<string, DecisionTarget>;

/** Elements whose text is never linked: links already go somewhere, code and keys are literal. */
const LITERAL = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'textarea', 'title']);

function isLiteral(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
		if (parent.type === 'element' && LITERAL.has(parent.tagName.toLowerCase())) return true;
		if ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') && parent.name === 'a') return true;
	}
	return false;
}

/** The text with each reference to a known record replaced by a link to it; undefined when nothing changes. */
export function linkMentions(value: string, targets: DecisionTargets): ElementContent[] | undefined {
	const parts: ElementContent[] = [];
	let at = 0;
	for (const mention of decisionMentions(value)) {
		const target = targets.get(mention.number);
		if (!target) continue;
		if (mention.start > at) parts.push({ type: 'text', value: value.slice(at, mention.start) });
		const link: Element = {
			type: 'element',
			tagName: 'a',
			properties: { href: target.href, title: `ADR-${mention.number}: ${target.title}` },
			children: [{ type: 'text', value: mention.text }],
		};
		parts.push(link);
		at = mention.end;
	}
	if (parts.length === 0) return undefined;
	if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
	return parts;
}

/**
 * Sätteri hast plugin that links every decision reference in prose (ADR-0012, ADR-12, ADR 12) to
 * its record, with the record's title as the link's title; text in links and code stays as written,
 * and references to numbers no record has stay text (the content check reports them). List it
 * before the base-path plugin, which adds the base to the links it makes.
 */
export function decisionLinksPlugin(targets: DecisionTargets): HastPluginEntry {
	// A body that never writes "ADR" has nothing to link: skip the plugin for it.
	return ({ source }) =>
		targets.size > 0 &&
		source.includes('ADR') && {
			name: 'trailmap-decision-links',
			text(node, ctx) {
				const parts = linkMentions(node.value, targets);
				if (parts && !isLiteral(node, ctx)) ctx.replaceNode(node, parts);
			},
		};
}
