import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR, contentJsonSchemas, jsonText, vscodeSettings } from '../src/lib/json-schemas.ts';

/** Writes the JSON Schemas of the content files and the editor settings that use them; a unit test checks they are up to date. */
mkdirSync(SCHEMA_DIR, { recursive: true });
for (const [file, schema] of contentJsonSchemas()) writeFileSync(path.join(SCHEMA_DIR, file), jsonText(schema));
mkdirSync('.vscode', { recursive: true });
writeFileSync('.vscode/settings.json', jsonText(vscodeSettings()));
console.log(`Wrote ${contentJsonSchemas().size} schemas to ${SCHEMA_DIR}/ and .vscode/settings.json`);
