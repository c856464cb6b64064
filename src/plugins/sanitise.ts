import type { HastPluginEntry, HastPluginDefinition } from 'satteri';
import { type SanitiseOptions, isCleanElement, isCleanJsx, sanitiseTree } from './sanitise-tree.ts';

/**
 * Sätteri hast plugin that enforces the HTML policy on every rendered body, so that what the content
 * check misses still cannot reach a reader. List it first: later plugins (Starlight's, Expressive
 * Code's) then see only the sanitised tree. Its visitors only look, node by node, which is cheap; a
 * body with anything to take out is then rebuilt whole in `after`, so no removal can be lost to
 * another change in the same pass.
 */
export function sanitisePlugin(options: SanitiseOptions): HastPluginEntry {
	return (): HastPluginDefinition => {
		let dirty = false;
		const mark = () => {
			dirty = true;
		};
		const code = options.trustedMdx ? undefined : mark;
		return {
			name: 'trailmap-sanitise',
			element: { filter: [], visit: (node) => void (dirty ||= !isCleanElement(node)) },
			mdxJsxFlowElement: { filter: [], visit: (node) => void (dirty ||= !isCleanJsx(node, options)) },
			mdxJsxTextElement: { filter: [], visit: (node) => void (dirty ||= !isCleanJsx(node, options)) },
			raw: mark,
			doctype: mark,
			mdxjsEsm: code,
			mdxFlowExpression: code,
			mdxTextExpression: code,
			after(root, ctx) {
				if (!dirty) return;
				const clean = sanitiseTree(root, options);
				if (clean !== root) ctx.replaceNode(root, clean);
			},
		};
	};
}
