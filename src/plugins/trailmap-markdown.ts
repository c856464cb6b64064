import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { basePathPlugin } from './base-path.ts';
import { mermaidPlugin } from './mermaid.ts';
import { sanitisePlugin } from './sanitise.ts';

export interface TrailmapMarkdownOptions {
	/** Astro's base path, such as "/" or "/docs/". */
	base: string;
	/** site.yaml trustedMdx: the site's authors may use full MDX. */
	trustedMdx: boolean;
}

/**
 * Sätteri options for every Markdown and MDX body, for `satteri(...)` in astro.config.mjs. Starlight
 * and Expressive Code append their plugins after these, so the sanitiser sees the body first, and
 * mermaid blocks are drawn (or left for the browser) before Expressive Code would take them for code.
 */
export function trailmapMarkdown({ base, trustedMdx }: TrailmapMarkdownOptions): SatteriProcessorOptions {
	return {
		hastPlugins: [sanitisePlugin({ trustedMdx }), basePathPlugin(base), mermaidPlugin()],
	};
}
