import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { socialCardSvg, wrapText } from '../../src/domain/social-card.ts';
import { socialImageHead, socialImages } from '../../src/domain/views/social.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
});

describe('social cards', () => {
	it('wraps a title into lines of whole words, cuts a word longer than a line, and ends cut text with an ellipsis', () => {
		expect(wrapText('Preview environments per pull request', 20, 4)).toEqual(['Preview environments', 'per pull request']);
		expect(wrapText('Supercalifragilistic', 10, 2)).toEqual(['Supercali…']);
		expect(wrapText('one two three four five six', 8, 2)).toEqual(['one two', 'three…']);
	});

	it('escapes every text from content, so a title cannot add markup to the image', () => {
		const svg = socialCardSvg({
			title: '<script>x</script>&"q"',
			type: 'Roadmap item',
			platform: 'A<b>',
			organisation: "O'Neil",
		});
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;&amp;&quot;q&quot;');
		const texts: string[] = [];
		const walk = (node: { type: string; tagName?: string; children?: unknown[]; value?: string }) => {
			if (node.type === 'text' && node.value?.trim()) texts.push(node.value);
			for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
		};
		walk(fromHtml(svg, { fragment: true, space: 'svg' }));
		expect(texts).toContain('A<b>');
		expect(texts).toContain("O'Neil");
	});

	it('gives every entry page a card and its page the Open Graph and Twitter image tags, and index pages none', () => {
		const images = socialImages(content);
		expect(images.map(({ path }) => path)).toContain('roadmap/namespace-self-service');
		expect(new Set(images.map(({ path }) => path)).size).toBe(images.length);
		const head = socialImageHead(content, '/handbook/roadmap/namespace-self-service/', 'https://platform.example');
		expect(head).toContainEqual({
			tag: 'meta',
			attrs: { property: 'og:image', content: 'https://platform.example/handbook/social/roadmap/namespace-self-service.png' },
		});
		expect(head.find(({ attrs }) => attrs?.name === 'twitter:image')).toBeDefined();
		expect(socialImageHead(content, '/handbook/roadmap/', 'https://platform.example')).toEqual([]);
	});
});
