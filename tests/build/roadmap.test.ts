import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { EXAMPLE_CONTENT, exampleSite } from '../support/example-site.ts';
import { attributeOf, elementsOf } from '../support/html.ts';

/** The roadmap item ids of the example content, from its file names: the test does not trust the code it checks. */
const ITEM_IDS = filesUnder(path.join(EXAMPLE_CONTENT, 'roadmap')).flatMap((file) => /^([^/]+)\.(yaml|md|mdx)$/.exec(file)?.[1] ?? []);

type Element = ReturnType<typeof elementsOf>[number];

const hasClass = (element: Element, name: string) => (attributeOf(element, 'class') ?? '').split(' ').includes(name);

/** Whether `element` lies inside an element that `container` accepts. */
function inside(element: Element, container: (ancestor: Element) => boolean): boolean {
	for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) if (container(node)) return true;
	return false;
}

/** The roadmap item ids whose card titles a built page shows inside `container`, in order. */
function cardTitles(html: string, container: (ancestor: Element) => boolean): string[] {
	return elementsOf(html).flatMap((element) => {
		const parent = element.parentNode;
		if (element.tagName !== 'a' || !parent || !('tagName' in parent) || !hasClass(parent, 'tm-card-title')) return [];
		const match = /\/roadmap\/([^/]+)\/$/.exec(attributeOf(element, 'href') ?? '');
		return match && inside(element, container) ? [match[1]] : [];
	});
}

describe('the roadmap pages of the example build', () => {
	let dist = '';
	const page = (route: string) => readFileSync(path.join(dist, route, 'index.html'), 'utf8');
	beforeAll(async () => {
		dist = await exampleSite();
	});

	it('shows every roadmap item exactly once: on the board, in the shipped archive or in the declined list', () => {
		const board = cardTitles(page('roadmap'), (ancestor) => hasClass(ancestor, 'tm-board'));
		const shipped = cardTitles(page('roadmap/shipped'), (ancestor) => hasClass(ancestor, 'tm-shipped-list'));
		const declined = cardTitles(page('roadmap/shipped'), (ancestor) => attributeOf(ancestor, 'aria-labelledby') === 'declined');
		const all = [...board, ...shipped, ...declined];
		expect(board.length).toBeGreaterThan(0);
		expect(shipped.length).toBeGreaterThan(0);
		expect(declined.length).toBeGreaterThan(0);
		expect(all.toSorted()).toEqual(ITEM_IDS.toSorted());
	});

	it('publishes /roadmap.xml as RSS with shipped and declined items linking to their pages, announced by the roadmap pages', async () => {
		const feed = await new Parser().parseString(readFileSync(path.join(dist, 'roadmap.xml'), 'utf8'));
		expect(feed.title).toBe('Runway roadmap');
		const titles = feed.items.map((item) => item.title);
		expect(titles).toContain('Shipped: Golden-path service templates v1');
		expect(titles.some((title) => title?.startsWith('Declined: '))).toBe(true);
		for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\/[^/]+\/roadmap\/[a-z0-9-]+\/$/);
		expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
		for (const route of ['roadmap', 'roadmap/priorities', 'roadmap/timeline', 'roadmap/shipped', 'roadmap/preview-environments']) {
			const alternate = elementsOf(page(route)).find(
				(element) =>
					element.tagName === 'link' &&
					attributeOf(element, 'rel') === 'alternate' &&
					attributeOf(element, 'type') === 'application/rss+xml',
			);
			expect(attributeOf(alternate!, 'href'), route).toBe('/roadmap.xml');
		}
	});
});
