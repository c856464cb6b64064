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
		const file = 'content/roadmap/cdn-purge-api.yaml';
		const original = readFileSync(file, 'utf8');
		// Each edit is a new version, as an editor sends it: the service caches parsed documents by URI and version.
		let version = 0;
		const open = (text: string) => TextDocument.create(`file:///repo/${file}`, 'yaml', ++version, text);
		// The example's own file is valid to the editor as to the check.
		expect(await service.doValidation(open(original), false)).toEqual([]);

		const broken = open(original.replace('horizon: next', 'horizon: nxt').replace('targetWindow: 2027-Q1', 'targetWindow: 2027-Q5'));
		const diagnostics = await service.doValidation(broken, false);
		const line = (text: string) => original.split('\n').findIndex((candidate) => candidate.startsWith(text)) + 1;
		expect(diagnostics.map(({ message, range }) => `${range.start.line + 1}: ${message}`)).toEqual([
			expect.stringMatching(new RegExp(`^${line('horizon:')}: Value is not accepted. Valid values: "now", "next", "later"`)),
			expect.stringMatching(new RegExp(`^${line('targetWindow:')}: String does not match the pattern of "\\^\\\\d\\{4\\}-Q`)),
		]);

		const withNewLine = open(`${original}\n`);
		const completion = await service.doComplete(withNewLine, { line: original.split('\n').length, character: 0 }, false);
		const labels = completion.items.map(({ label }) => label);
		expect(labels).toEqual(expect.arrayContaining(['docsUrl', 'shippedOn', 'declinedReason', 'dependsOn']));
		expect(labels).not.toContain('title');
		expect(completion.items.find(({ label }) => label === 'docsUrl')?.documentation).toBe(
			'Link to the docs or changelog entry once shipped.',
		);
	});
});
