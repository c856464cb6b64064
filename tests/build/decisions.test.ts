import { readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleSite } from '../support/example-site.ts';
import { attributeOf, elementsOf, textOf } from '../support/html.ts';

const SITE = 'https://trailmap.example';

describe('the decision log in the example site build', () => {
	let dist = '';
	const page = (file: string) => elementsOf(readFileSync(path.join(dist, file), 'utf8'));
	beforeAll(async () => {
		dist = await exampleSite();
	});

	it('publishes /decisions.xml: every decision and status change, newest first, each linking to its record', async () => {
		const feed = await new Parser().parseString(readFileSync(path.join(dist, 'decisions.xml'), 'utf8'));
		expect(feed.title).toBe('Runway decision log');
		expect(feed.link).toBe(`${SITE}/decisions/`);
		// 18 records, three of which changed status once.
		expect(feed.items).toHaveLength(21);
		const dates = feed.items.map((item) => Date.parse(item.isoDate ?? ''));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		expect(feed.items.find((item) => item.title?.startsWith('ADR-0007 deprecated'))).toMatchObject({
			link: `${SITE}/decisions/0007-single-shared-cluster/#status-1`,
			isoDate: '2026-09-15T00:00:00.000Z',
		});
		expect(feed.items.find((item) => item.title?.startsWith('ADR-0003 superseded'))?.contentSnippet).toContain('by ADR-0009');
		expect(new Set(feed.items.map((item) => item.guid)).size).toBe(feed.items.length);
	});

	it('announces the feed on the log and on every record', () => {
		for (const file of ['decisions/index.html', 'decisions/0009-github-actions-for-ci/index.html']) {
			const alternate = page(file).find((element) => element.tagName === 'link' && attributeOf(element, 'rel') === 'alternate');
			expect(alternate && [attributeOf(alternate, 'type'), attributeOf(alternate, 'href')], file).toEqual([
				'application/rss+xml',
				'/decisions.xml',
			]);
		}
	});

	it('links ADR references in bodies to their records, with the title, and leaves code and existing links alone', () => {
		const links = page('guides/services/create-a-service/index.html').filter(
			(element) => element.tagName === 'a' && attributeOf(element, 'href') === '/decisions/0012-golden-path-templates-over-helm/',
		);
		expect(links.map((link) => [textOf(link), attributeOf(link, 'title')])).toEqual([
			['ADR-0012', 'ADR-0012: Create services from golden-path templates over one platform-owned chart'],
		]);
		// ADR-0018's body writes ADR-0007 as a Markdown link once (left as written) and in prose four times; no link is nested.
		const record = page('decisions/0018-cluster-per-region/index.html');
		const toRecord = record.filter(
			(element) => element.tagName === 'a' && attributeOf(element, 'href') === '/decisions/0007-single-shared-cluster/',
		);
		expect(toRecord.filter((link) => attributeOf(link, 'title') !== undefined)).toHaveLength(4);
		expect(
			record.filter(
				(element) => element.tagName === 'a' && element.childNodes.some((child) => 'tagName' in child && child.tagName === 'a'),
			),
		).toEqual([]);
	});
});
