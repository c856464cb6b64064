import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleSite } from '../support/example-site.ts';

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
