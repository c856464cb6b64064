import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { basePathPlugin } from './base-path.ts';
import { type DecisionTargets, decisionLinksPlugin } from './decision-links.ts';
import { mermaidPlugin } from './mermaid.ts';
import { sanitisePlugin } from './sanitise.ts';

export interface TrailmapMarkdownOptions {
	/** Astro's base path, such as "/" or "/docs/". */
	base: string;
	/** site.yaml trustedMdx: the site's authors may use full MDX. */
	trustedMdx: boolean;
	/** Decision records by number, so references such as ADR-0012 link to them; none links nothing. */
	decisions?: DecisionTargets;
}

/**
 * Sätteri options for every Markdown and MDX body, for `satteri(...)` in astro.config.mjs. Starlight
 * and Expressive Code append their plugins after these, so the sanitiser sees the body first, and
 * mermaid blocks are drawn (or left for the browser) before Expressive Code would take them for code.
 */
export function trailmapMarkdown({ base, trustedMdx, decisions = new Map() }: TrailmapMarkdownOptions): SatteriProcessorOptions {
	return {
		hastPlugins: [sanitisePlugin({ trustedMdx }), decisionLinksPlugin(decisions), basePathPlugin(base), mermaidPlugin()],
	};
}
