import type { Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';

/** Stands in for a subtree without raw HTML while the rest is parsed; hast-util-raw passes it through untouched. */
interface Kept {
	type: 'trailmapKept';
	index: number;
}

/** MDX nodes parse5 cannot read; hast-util-raw passes them through as they are. */
const MDX_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

const hasRaw = (node: RootContent): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));

/** Parent elements of raw HTML are parsed again with it; every other subtree is kept aside, so its node data (a code block's language and meta) survives. */
function keepAside(node: RootContent, kept: RootContent[]): RootContent {
	if (!hasRaw(node)) return { type: 'trailmapKept', index: kept.push(node) - 1 } as unknown as RootContent;
	if (node.type !== 'element') return node;
	return { ...node, children: node.children.map((child) => keepAside(child, kept) as typeof child) };
}

function restore(nodes: RootContent[], kept: readonly RootContent[]): RootContent[] {
	return nodes.map((node) => {
		const stand = node as unknown as Kept;
		if (stand.type === 'trailmapKept') return kept[stand.index];
		return 'children' in node ? ({ ...node, children: restore(node.children, kept) } as RootContent) : node;
	});
}

/**
 * The tree with its raw HTML strings parsed into elements, the way a browser parses the page: a tag
 * may open in one block and close in another (<details> around Markdown). The same object when the
 * tree has no raw HTML. Sätteri's own `rawHtml` feature does this too, but drops code blocks' language.
 */
export function parseRawHtml(root: Root): Root {
	if (!root.children.some(hasRaw)) return root;
	const kept: RootContent[] = [];
	const prepared: Root = { ...root, children: root.children.map((child) => keepAside(child, kept)) };
	const parsed = raw(prepared, { passThrough: ['trailmapKept', ...MDX_TYPES] }) as Root;
	return { ...parsed, children: restore(parsed.children, kept) };
}
