import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server/out/server/src/languageservice/yamlLanguageService.js';
import { SCHEMA_DIR, contentJsonSchemas, jsonText, vscodeSettings } from '../../src/lib/json-schemas.ts';

describe('JSON Schemas for editors', () => {
	it('are committed as generated (run npm run schemas after changing src/schemas)', () => {
		for (const [file, schema] of contentJsonSchemas()) {
			expect(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'), `${SCHEMA_DIR}/${file}`).toBe(jsonText(schema));
		}
		expect(readFileSync('.vscode/settings.json', 'utf8')).toBe(jsonText(vscodeSettings()));
	});

	it('give yaml-language-server completions with descriptions and diagnostics on a roadmap item', async () => {
		const uri = 'file:///repo/content/roadmap/new-item.yaml';
		const service = getLanguageService({
			schemaRequestService: (schemaUri: string) => Promise.resolve(readFileSync(new URL(schemaUri), 'utf8')),
			workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
		});
		service.configure({
			validate: true,
			completion: true,
			hover: true,
			schemas: [{ uri: new URL(`../../${SCHEMA_DIR}/roadmap.json`, import.meta.url).href, fileMatch: ['**/content/roadmap/*.yaml'] }],
		});
		const text = 'title: Faster caches\nhorizon: nxt\ntargetWindow: 2027-Q5\n\n';
		const document = TextDocument.create(uri, 'yaml', 1, text);
		const diagnostics = await service.doValidation(document, false);
		const messages = diagnostics.map(({ message, range }) => `${range.start.line + 1}: ${message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^2: Value is not accepted\. Valid values: "now", "next", "later"/),
				expect.stringMatching(/^3: String does not match the pattern/),
				expect.stringMatching(/Missing property "summary"/),
			]),
		);
		const completion = await service.doComplete(document, { line: 3, character: 0 }, false);
		const summary = completion.items.find(({ label }) => label === 'summary');
		expect(summary?.documentation).toBe('One or two sentences a developer can scan on the board.');
		expect(completion.items.map(({ label }) => label)).not.toContain('title');
	});
});
