import type { HastPluginDefinition } from 'satteri';
import { type SanitiseOptions, sanitiseTree } from './sanitise-tree.ts';

/**
 * Sätteri hast plugin that enforces the HTML policy on every rendered body, so that what the content
 * check misses still cannot reach a reader. List it first: later plugins (Starlight's, Expressive
 * Code's) then see only the sanitised tree. A clean tree is left as it is; a tree with anything to
 * take out is replaced whole, so no removal can be lost to a later change in the same pass.
 */
export function sanitisePlugin(options: SanitiseOptions): HastPluginDefinition {
	return {
		name: 'trailmap-sanitise',
		before(root, ctx) {
			const clean = sanitiseTree(root, options);
			if (clean !== root) ctx.replaceNode(root, clean);
		},
	};
}
