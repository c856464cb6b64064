import type { AstroIntegration } from 'astro';
import { closeDiagrams, detectDiagramBrowser } from './diagrams.ts';

/**
 * Says once per build how diagrams will be drawn (as SVG with the Chromium found, or in the reader's
 * browser when there is none), and closes the Chromium that drew them when the build is done.
 */
export function trailmapDiagrams(): AstroIntegration {
	return {
		name: 'trailmap:diagrams',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				if (command === 'preview') return;
				const browser = await detectDiagramBrowser();
				if (browser) logger.info(`mermaid diagrams are drawn as SVG with ${browser}`);
				else
					logger.warn(
						"no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, Playwright's build): mermaid diagrams will be drawn in readers' browsers. Install one with `apt-get install chromium` to draw them at build time.",
					);
			},
			'astro:build:done': () => closeDiagrams(),
			'astro:server:done': () => closeDiagrams(),
		},
	};
}
