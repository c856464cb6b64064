import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_COLLECTIONS, apiDocument, apiJsonSchema } from '../../src/domain/api.ts';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { apiDocsView } from '../../src/domain/views/api-docs.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

const SITE = 'https://platform.example';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
});

/** A validator for one collection's published schema, as a consumer would compile it. */
function validatorFor(name: (typeof API_COLLECTIONS)[number]) {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats(ajv);
	return ajv.compile(apiJsonSchema(name, `${SITE}/handbook/api/schema/${name}.json`));
}

describe('the JSON API', () => {
	it('publishes every collection that has pages, and only those', () => {
		expect([...API_COLLECTIONS].sort()).toEqual([
			'areas',
			'decisions',
			'guides',
			'journeys',
			'metrics',
			'paths',
			'personas',
			'roadmap',
			'teams',
		]);
	});

	it.each(API_COLLECTIONS)('/api/%s.json validates against its own published JSON Schema', (name) => {
		const validate = validatorFor(name);
		const document = JSON.parse(JSON.stringify(apiDocument(content, name, SITE))) as unknown;
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('gives each entry its stable id and the absolute URL of its page under the base path', () => {
		const document = apiDocument(content, 'roadmap', SITE);
		expect(document.schemaVersion).toBe(1);
		expect(document.$schema).toBe('https://platform.example/handbook/api/schema/roadmap.json');
		expect(document.site.url).toBe('https://platform.example/handbook/');
		expect(document.count).toBe(content.roadmap.size);
		const item = document.items.find(({ id }) => id === 'namespace-self-service');
		expect(item?.url).toBe('https://platform.example/handbook/roadmap/namespace-self-service/');
		expect(item?.data).toEqual(content.roadmap.get('namespace-self-service'));
	});

	it('gives each metric its measured series, organisation-wide and per team, oldest first', () => {
		const document = apiDocument(content, 'metrics', SITE);
		for (const item of document.items) {
			const dates = 'series' in item ? item.series.map(({ date }) => date) : [];
			expect(dates).toEqual([...dates].sort());
			const measured = content.snapshotList.filter((snapshot) => item.id in snapshot.values).length;
			expect('series' in item && item.series.length).toBe(measured);
		}
	});

	it('has schemas that refuse what the content check refuses: a wrong enum value, a missing field, an unknown key', () => {
		const validate = validatorFor('roadmap');
		const good = JSON.parse(JSON.stringify(apiDocument(content, 'roadmap', SITE))) as { items: { data: Record<string, unknown> }[] };
		const variants = [
			(data: Record<string, unknown>) => ({ ...data, horizon: 'someday' }),
			(data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'title')),
			(data: Record<string, unknown>) => ({ ...data, surprise: true }),
		];
		for (const change of variants) {
			const document = { ...good, items: [{ ...good.items[0], data: change(good.items[0].data) }] };
			expect(validate(document)).toBe(false);
		}
		expect(validate({ ...good, schemaVersion: 2 })).toBe(false);
		expect(validate({ ...good, items: [{ ...good.items[0], url: 'not a url' }] })).toBe(false);
	});

	it('documents every endpoint with its first item as an example', () => {
		const view = apiDocsView(content, SITE);
		expect(view.endpoints.map(({ id }) => id)).toEqual([...API_COLLECTIONS]);
		const roadmap = view.endpoints.find(({ id }) => id === 'roadmap');
		expect(roadmap?.document.href).toBe('/handbook/api/roadmap.json');
		expect(JSON.parse(roadmap?.example ?? '')).toEqual(JSON.parse(JSON.stringify(apiDocument(content, 'roadmap', SITE).items[0])));
	});
});
