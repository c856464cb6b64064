import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { DiagramSyntaxError, diagramTree, renderDiagram } from '../lib/diagrams.ts';

/** The text of a fenced ```mermaid block, or undefined for any other <pre>. */
function mermaidSource(pre: Readonly<Element>, ctx: HastVisitorContext): string | undefined {
	const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
	const classes = code?.properties.className;
	if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return undefined;
	return ctx.textContent(code).replace(/\n$/, '');
}

/** Where a diagram is written: "content/decisions/0006-vault.mdx:42", found by its text in the file (only when it failed). */
function placeOf(ctx: HastVisitorContext, source: string): string {
	if (!ctx.fileURL) return 'a Markdown body';
	const file = fileURLToPath(ctx.fileURL);
	const text = readFileSync(file, 'utf8');
	const at = text.indexOf(source.split('\n')[0]);
	return at === -1 ? file : `${file}:${text.slice(0, at).split('\n').length}`;
}

/**
 * Sätteri hast plugin that draws every fenced ```mermaid block as inline SVG at build time, in the
 * light and dark theme (src/lib/diagrams.ts), or, without a Chromium, leaves its source in a
 * <pre class="mermaid"> for the reader's browser to draw. List it after the sanitiser: its SVG is
 * cleaned by the diagram policy (src/domain/diagram-svg.ts), not the body's. A diagram mermaid
 * cannot draw fails the build with its file and line.
 */
export function mermaidPlugin(): HastPluginDefinition {
	return {
		name: 'trailmap-mermaid',
		element: {
			filter: ['pre'],
			async visit(node, ctx) {
				const source = mermaidSource(node, ctx);
				if (source === undefined) return undefined;
				const diagram = await renderDiagram(source).catch((error: unknown) => {
					if (!(error instanceof DiagramSyntaxError)) throw error;
					throw new Error(`${placeOf(ctx, source)}: this mermaid diagram cannot be drawn: ${error.message}`, { cause: error });
				});
				if (diagram) return diagramTree(diagram, source);
				return { type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: source }] };
			},
		},
	};
}
