import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files.ts';

/** Source files that decide how content is parsed: a change to any of them changes every parsed value. */
const PARSING_SOURCES = [
	'src/schemas',
	'src/loaders',
	'src/content.config.ts',
	'src/domain/registry.ts',
	'src/lib/parse-source.ts',
	'src/lib/source-file.ts',
];

/**
 * A hash of the schemas and parsers. Astro hashes only the text of content.config.ts, so without this
 * an edited schema would leave entries parsed under the old one in the content cache.
 */
export function schemaFingerprint(root: string): string {
	const hash = createHash('sha256');
	for (const source of PARSING_SOURCES) {
		const absolute = path.join(root, source);
		const files = source.endsWith('.ts') ? [''] : filesUnder(absolute).map((file) => `/${file}`);
		for (const file of files)
			hash
				.update(`${source}${file}\0`)
				.update(readFileSync(`${absolute}${file}`))
				.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}
