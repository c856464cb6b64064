import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleSite } from '../support/example-site.ts';
import { attributeOf, elementsOf } from '../support/html.ts';

describe('the JSON API as built', () => {
	let dist = '';
	beforeAll(async () => {
		dist = await exampleSite();
	});
	const json = (file: string): Record<string, unknown> =>
		JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as Record<string, unknown>;

	it('serves each document beside its schema, and each validates against the schema it names', () => {
		const documents = readdirSync(path.join(dist, 'api')).filter((file) => file.endsWith('.json'));
		expect(documents.sort()).toEqual(readdirSync(path.join(dist, 'api/schema')).sort());
		expect(documents).toContain('roadmap.json');
		for (const file of documents) {
			const document = json(`api/${file}`);
			const schema = json(`api/schema/${file}`);
			expect(document.$schema, file).toBe(schema.$id);
			const ajv = new Ajv2020({ allErrors: true, strict: false });
			addFormats(ajv);
			const validate = ajv.compile(schema);
			expect(validate(document), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
			expect((document.items as unknown[]).length, file).toBe(document.count);
		}
	});
});

describe('social cards as built', () => {
	it('renders each entry page’s card as a 1200 x 630 PNG that its page names in og:image', async () => {
		const dist = await exampleSite();
		const html = readFileSync(path.join(dist, 'roadmap/preview-environments/index.html'), 'utf8');
		const image = elementsOf(html)
			.filter((element) => element.tagName === 'meta' && attributeOf(element, 'property') === 'og:image')
			.map((meta) => attributeOf(meta, 'content'));
		expect(image).toEqual(['https://trailmap.example/social/roadmap/preview-environments.png']);
		const png = readFileSync(path.join(dist, 'social/roadmap/preview-environments.png'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});
});

describe('the changelog feed as built', () => {
	it('parses as RSS, newest first, with an item per change and links to pages the build made', async () => {
		const dist = await exampleSite();
		const feed = await new Parser().parseString(readFileSync(path.join(dist, 'changelog.xml'), 'utf8'));
		expect(feed.items.length).toBeGreaterThan(20);
		const dates = feed.items.map((item) => new Date(item.pubDate ?? '').getTime());
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
		for (const item of feed.items) {
			const page = new URL(item.link ?? '').pathname;
			expect(existsSync(path.join(dist, page.replace(/#.*$/, ''), 'index.html')), page).toBe(true);
		}
		expect(feed.items.some((item) => item.title?.startsWith('Shipped: '))).toBe(true);
		expect(feed.items.some((item) => item.title?.startsWith('Decision: '))).toBe(true);
	});
});
