import type { Element, Root, RootContent } from 'hast';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MdastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitiseTree } from '../../src/plugins/sanitise-tree.ts';
import { trailmapMarkdown } from '../../src/plugins/trailmap-markdown.ts';
import { liveScript, textOf } from './live-script.ts';
import { renderMarkdown, renderMdx } from './render-body.ts';

const HOSTILE = path.resolve('tests/fixtures/hostile');
const read = (file: string) => readFileSync(path.join(HOSTILE, file), 'utf8');
/** The fixture's cases, one per paragraph. */
const cases = (file: string) => read(file).split('\n\n').filter(Boolean);

const UNTRUSTED = { base: '/', trustedMdx: false };

function elements(tree: Root | RootContent, tagName: string): Element[] {
	const own = tree.type === 'element' && tree.tagName === tagName ? [tree] : [];
	return [...own, ...('children' in tree ? tree.children.flatMap((child) => elements(child, tagName)) : [])];
}

/** Stands in for Starlight's aside plugin, which runs after Trailmap's and adds its icon as raw HTML (Markdown) or <Fragment set:html> (MDX). */
const ICON =
	'<svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" class="starlight-aside__icon"><path d="M12 2a10 10 0 1 0 0 20Z"/></svg>';
const asides: MdastPluginDefinition = {
	name: 'starlight-like-asides',
	containerDirective(node, ctx) {
		const icon =
			ctx.sourceFormat === 'mdx'
				? {
						type: 'mdxJsxTextElement' as const,
						name: 'Fragment',
						attributes: [{ type: 'mdxJsxAttribute' as const, name: 'set:html', value: ICON }],
						children: [],
					}
				: { type: 'html' as const, value: ICON };
		return {
			type: 'paragraph',
			data: { hName: 'aside', hProperties: { class: `starlight-aside starlight-aside--${node.name}`, 'aria-label': 'Note' } },
			children: [
				{
					type: 'paragraph',
					data: { hName: 'p', hProperties: { class: 'starlight-aside__title', 'aria-hidden': 'true' } },
					children: [icon, { type: 'text', value: 'Note' }],
				},
				{ type: 'paragraph', data: { hName: 'div', hProperties: { class: 'starlight-aside__content' } }, children: [...node.children] },
			],
		} as never;
	},
};

describe('the sanitiser in Astro’s Markdown renderer', () => {
	it.each(cases('body.md'))('leaves nothing live of %s', async (snippet) => {
		expect(liveScript(await renderMarkdown(snippet, UNTRUSTED))).toEqual([]);
	});

	it('leaves nothing live of all of body.md at once', async () => {
		expect(liveScript(await renderMarkdown(read('body.md'), UNTRUSTED))).toEqual([]);
	});

	it('keeps allowed HTML, including a <details> that wraps Markdown across blocks', async () => {
		const tree = await renderMarkdown(read('allowed.md'), UNTRUSTED);
		expect(liveScript(tree)).toEqual([]);
		const [details] = elements(tree, 'details');
		expect(elements(details, 'summary').map(textOf)).toEqual(['More']);
		expect(elements(details, 'em').map(textOf)).toEqual(['inside']);
		expect(elements(tree, 'kbd').map(textOf)).toEqual(['Ctrl', 'C']);
		expect(elements(tree, 'input')).toHaveLength(2);
		expect(elements(tree, 'a').map((a) => a.properties.href)).toContain('#user-content-fn-1');
	});

	it('keeps code as text, and a mermaid block as its source for the browser to draw when there is no Chromium', async () => {
		const tree = await renderMarkdown(read('allowed.md'), UNTRUSTED);
		const code = elements(tree, 'code').map(textOf);
		expect(code.some((text) => text.includes('<script>alert(1)</script>'))).toBe(true);
		const diagrams = elements(tree, 'pre').filter((pre) => String(pre.properties.className) === 'mermaid');
		expect(diagrams.map(textOf)).toEqual([expect.stringContaining('flowchart LR')]);
	});

	it('keeps an aside that a later plugin builds, raw HTML icon included', async () => {
		const tree = await renderMarkdown(':::note\nKeep **this**.\n:::\n', UNTRUSTED, { mdastPlugins: [asides] });
		const [aside] = elements(tree, 'aside');
		expect(aside.properties.className).toEqual(['starlight-aside', 'starlight-aside--note']);
		expect(elements(aside, 'path')).toHaveLength(1);
		expect(textOf(aside)).toBe('NoteKeep this.');
	});
});

describe('the sanitiser in MDX, run the way Astro runs it', () => {
	it.each(cases('body.mdx'))('leaves nothing live of %s', async (snippet) => {
		const { tree, exports } = await renderMdx(snippet, UNTRUSTED);
		expect(liveScript(tree)).toEqual([]);
		expect(exports).toEqual([]);
		expect(textOf(tree)).not.toContain(process.env.HOME ?? '/');
	});

	it('never runs the body’s code: no import, no export, no {process.env}', async () => {
		const { tree, exports } = await renderMdx(read('body.mdx'), UNTRUSTED);
		expect(liveScript(tree)).toEqual([]);
		expect(exports).toEqual([]);
		expect(textOf(tree)).not.toContain(process.env.HOME ?? '/');
	});

	it('keeps Trailmap’s components with their text attributes and drops the rest', async () => {
		const { tree } = await renderMdx(
			'<Aside type="note">ok</Aside>\n\n<Aside type={x} title="t">no</Aside>\n\n<Foo>kept text</Foo>\n',
			UNTRUSTED,
		);
		expect(elements(tree, 'x-aside').map((aside) => aside.properties)).toEqual([{ type: 'note' }, { title: 't' }]);
		expect(elements(tree, 'foo')).toEqual([]);
		expect(textOf(tree)).toContain('kept text');
	});

	it('renders every allowed component and element of allowed.mdx', async () => {
		const { tree } = await renderMdx(read('allowed.mdx'), UNTRUSTED);
		expect(liveScript(tree)).toEqual([]);
		for (const name of ['x-aside', 'x-steps', 'x-tabs', 'x-tabitem', 'x-cardgrid', 'x-card', 'x-linkcard', 'x-badge', 'details', 'kbd']) {
			expect(elements(tree, name).length, name).toBeGreaterThan(0);
		}
		expect(elements(tree, 'x-linkcard')[0].properties).toEqual({ title: 'Roadmap', href: '/roadmap/', description: 'All items' });
	});

	it('turns an aside icon given as <Fragment set:html> into sanitised elements', async () => {
		const { tree } = await renderMdx(':::note\nKeep this.\n:::\n', UNTRUSTED, { mdastPlugins: [asides] });
		const [aside] = elements(tree, 'aside');
		expect(elements(aside, 'svg')[0].properties).toMatchObject({ viewBox: '0 0 24 24', class: 'starlight-aside__icon' });
		expect(elements(aside, 'path')).toHaveLength(1);
	});

	it('runs full MDX when the site trusts its authors', async () => {
		const { tree, exports } = await renderMdx('export const answer = 42\n\nSix is {2 * 3}.\n', { base: '/', trustedMdx: true });
		expect(exports).toEqual(['answer']);
		expect(textOf(tree)).toContain('Six is 6.');
	});
});

describe('the sanitiser', () => {
	it('comes first among the hast plugins, so Starlight’s and Expressive Code’s, added after it, see a sanitised tree', () => {
		const [first] = trailmapMarkdown(UNTRUSTED).hastPlugins ?? [];
		const context = { fileURL: undefined, sourceFormat: 'markdown', source: '', data: {} } as const;
		expect(typeof first === 'function' ? first(context) : first).toMatchObject({ name: 'trailmap-sanitise' });
	});

	it('returns a clean tree as the very same object, so a clean page is not rebuilt', () => {
		const root: Root = {
			type: 'root',
			children: [{ type: 'element', tagName: 'p', properties: { className: ['x'] }, children: [{ type: 'text', value: 'hi' }] }],
		};
		expect(sanitiseTree(root, { trustedMdx: false })).toBe(root);
	});
});
