import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { basePathPlugin, withBase } from '../../src/plugins/base-path.ts';
import { renderMarkdown, renderMdx } from './render-body.ts';

const urls = (node: Root | RootContent): string[] => [
	...(node.type === 'element' ? ['href', 'src'].map((key) => node.properties[key]).filter((value) => typeof value === 'string') : []),
	...('children' in node ? node.children.flatMap(urls) : []),
];

describe('withBase', () => {
	it.each([
		['/guides/', '/docs/', '/docs/guides/'],
		['/guides/', '/docs', '/docs/guides/'],
		['/guides/', 'docs', '/docs/guides/'],
		['/', '/docs/', '/docs/'],
		['/docs/guides/', '/docs/', '/docs/guides/'],
		['/docs', '/docs/', '/docs'],
		['/docs?x=1', '/docs/', '/docs?x=1'],
		['/documentation/', '/docs/', '/docs/documentation/'],
		['/guides/', '/', '/guides/'],
		['https://example.com/x', '/docs/', 'https://example.com/x'],
		['//example.com/x', '/docs/', '//example.com/x'],
		['#steps', '/docs/', '#steps'],
		['../setup/', '/docs/', '../setup/'],
	])('puts the base in front of %s under %s: %s', (url, base, expected) => {
		expect(withBase(url, base)).toBe(expected);
	});

	it('leaves the pipeline alone when the base is /', () => {
		expect(basePathPlugin('/')).toBeUndefined();
	});
});

describe('the base-path plugin', () => {
	const body = '[a](/guides/) ![i](/logo.svg) [b](/docs/roadmap/) [c](https://example.com/) [d](#top)\n\n<a href="/decisions/">html</a>\n';

	it('prefixes site links in Markdown and raw HTML once', async () => {
		expect(urls(await renderMarkdown(body, { base: '/docs/', trustedMdx: false }))).toEqual([
			'/docs/guides/',
			'/docs/logo.svg',
			'/docs/roadmap/',
			'https://example.com/',
			'#top',
			'/docs/decisions/',
		]);
	});

	it('prefixes site links in MDX, JSX and component attributes', async () => {
		const { tree } = await renderMdx(`${body}\n<LinkCard title="r" href="/roadmap/" />\n`, { base: '/docs/', trustedMdx: false });
		expect(urls(tree)).toEqual([
			'/docs/guides/',
			'/docs/logo.svg',
			'/docs/roadmap/',
			'https://example.com/',
			'#top',
			'/docs/decisions/',
			'/docs/roadmap/',
		]);
	});
});
