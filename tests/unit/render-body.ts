import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { type MdastPluginList, evaluate } from 'satteri';
import { COMPONENT_NAMES } from '../../src/domain/html-policy.ts';
import { type TrailmapMarkdownOptions, trailmapMarkdown } from '../../src/plugins/trailmap-markdown.ts';

/** Plugins that stand in for Starlight's, which add theirs after Trailmap's as Starlight does. */
export interface After {
	mdastPlugins?: MdastPluginList;
}

/** Renders a Markdown body with Astro's own Sätteri renderer and Trailmap's plugins, parsed back into a tree as a browser would. */
export async function renderMarkdown(body: string, options: TrailmapMarkdownOptions, after: After = {}): Promise<Root> {
	const renderer = await createSatteriMarkdownProcessor({
		...trailmapMarkdown(options),
		mdastPlugins: after.mdastPlugins,
		features: { directive: true },
		syntaxHighlight: false,
	});
	const { code } = await renderer.render(body);
	return fromHtml(code, { fragment: true });
}

const FRAGMENT = Symbol('Fragment');

type Rendered = ElementContent | Root | string | number | boolean | null | undefined | Rendered[];

const flatten = (children: Rendered): ElementContent[] =>
	[children].flat(Infinity as 1).flatMap((child: Rendered): ElementContent[] => {
		if (child === null || child === undefined || typeof child === 'boolean') return [];
		if (typeof child === 'string' || typeof child === 'number') return [{ type: 'text', value: String(child) }];
		if (Array.isArray(child)) return flatten(child);
		return child.type === 'root' ? (child.children as ElementContent[]) : [child];
	});

/** A JSX runtime that builds a hast tree, so an MDX body can run the way Astro runs it and be inspected. */
function jsx(type: unknown, props: unknown): Rendered {
	const { children, ...rest } = props as Record<string, unknown>;
	if (type === FRAGMENT) return { type: 'root', children: flatten(children as Rendered) };
	if (typeof type === 'function') return (type as (props: unknown) => Rendered)(props);
	return {
		type: 'element',
		tagName: String(type),
		properties: rest as Properties,
		children: flatten(children as Rendered),
	} satisfies Element;
}

/** Stands in for a Starlight component: an element named after it, carrying the props it was given. */
const stub =
	(name: string) =>
	(props: Record<string, unknown>): Rendered =>
		jsx(`x-${name.toLowerCase()}`, props);

/** Compiles an MDX body with Sätteri and Trailmap's plugins, runs it, and returns what it renders, Trailmap's components included. */
export async function renderMdx(
	body: string,
	options: TrailmapMarkdownOptions,
	after: After = {},
): Promise<{ tree: Root; exports: string[] }> {
	const module = await evaluate(body, {
		...trailmapMarkdown(options),
		mdastPlugins: after.mdastPlugins,
		features: { directive: true },
		Fragment: FRAGMENT,
		jsx,
		jsxs: jsx,
		elementAttributeNameCase: 'html',
	});
	const Content = module.default as (props: { components: Record<string, unknown> }) => Rendered;
	const components = Object.fromEntries(COMPONENT_NAMES.map((name) => [name, stub(name)]));
	return {
		tree: { type: 'root', children: flatten(Content({ components })) },
		exports: Object.keys(module).filter((key) => key !== 'default'),
	};
}
