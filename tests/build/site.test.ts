import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/lib/files.ts';
import { EXAMPLE_CONTENT, exampleSite } from '../support/example-site.ts';

/**
 * Content folders whose files are one page each, at /<folder>/<id>/, and the files that count with
 * the id in them; written out here so the test does not trust the code it checks.
 */
const ENTRY_FOLDERS = {
	personas: /^([^/]+)\.yaml$/,
	journeys: /^([^/]+)\.yaml$/,
	roadmap: /^([^/]+)\.(yaml|md|mdx)$/,
	decisions: /^([^/]+)\.(md|mdx)$/,
	guides: /^(.+)\.(md|mdx)$/,
};

const yaml = (file: string): unknown => parse(readFileSync(path.join(EXAMPLE_CONTENT, file), 'utf8'));

/** The page each entry of the example content must produce, by the folder of its route. */
function expectedPages(): Map<string, string[]> {
	const pages = new Map<string, string[]>();
	for (const [folder, pattern] of Object.entries(ENTRY_FOLDERS)) {
		const ids = filesUnder(path.join(EXAMPLE_CONTENT, folder)).flatMap((file) => pattern.exec(file)?.[1] ?? []);
		pages.set(
			folder,
			ids.map((id) => `${folder}/${id}/index.html`),
		);
	}
	pages.set(
		'metrics',
		(yaml('metrics/definitions.yaml') as { id: string }[]).map(({ id }) => `metrics/${id}/index.html`),
	);
	pages.set(
		'start',
		Object.keys(yaml('guides/paths.yaml') as object).map((persona) => `start/${persona}/index.html`),
	);
	return pages;
}

describe('the example site build', () => {
	let dist = '';
	beforeAll(async () => {
		dist = await exampleSite();
	});

	it('turns every persona, journey, roadmap item, decision, guide, metric and onboarding path into its page', () => {
		const expected = expectedPages();
		for (const [route, pages] of expected) expect(pages.length, `pages under ${route}/`).not.toBe(0);
		const missing = [...expected.values()].flat().filter((page) => !existsSync(path.join(dist, page)));
		expect(missing).toEqual([]);
	});

	it('builds the index pages and the home page', () => {
		const pages = [
			'index.html',
			'roadmap/index.html',
			'roadmap/shipped/index.html',
			'decisions/index.html',
			'personas/index.html',
			'journeys/index.html',
			'guides/index.html',
			'start/index.html',
			'metrics/index.html',
		];
		expect(pages.filter((page) => !existsSync(path.join(dist, page)))).toEqual([]);
	});

	it('builds the field reference and leaves it out of search', () => {
		const reference = readFileSync(path.join(dist, 'reference/fields/index.html'), 'utf8');
		expect(reference).toContain('successMetrics[].metric');
		expect(reference).not.toContain('data-pagefind-body');
		expect(readFileSync(path.join(dist, 'personas/index.html'), 'utf8')).toContain('data-pagefind-body');
	});

	it('builds a production site with a search index', () => {
		expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
		expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).not.toContain('Search is only available in production builds');
	});
});
