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
	// A new zod or yaml parses the same files differently.
	'package-lock.json',
];

/** Source files that decide what the body check finds in a body. */
const BODY_CHECK_SOURCES = [
	'src/domain/body-findings.ts',
	'src/domain/body-safety.ts',
	'src/domain/body-tree.ts',
	'src/domain/decision-refs.ts',
	'src/domain/html-policy.ts',
	'src/domain/raw-html.ts',
	'src/domain/safe-url.ts',
];

/** A hash of source files and folders (relative to `root`), by name and contents. */
function fingerprint(root: string, sources: readonly string[]): string {
	const hash = createHash('sha256');
	for (const source of sources) {
		const absolute = path.join(root, source);
		const files = path.extname(source) !== '' ? [''] : filesUnder(absolute).map((file) => `/${file}`);
		for (const file of files)
			hash
				.update(`${source}${file}\0`)
				.update(readFileSync(`${absolute}${file}`))
				.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/**
 * A hash of the schemas and parsers. Astro hashes only the text of content.config.ts, so without this
 * an edited schema would leave entries parsed under the old one in the content cache.
 * TRAILMAP_SCHEMA_SALT is mixed in for what changes parsing without changing these files, such as
 * the tests' build that rewrites a schema through a Vite plugin.
 */
export const schemaFingerprint = (root: string, env: Record<string, string | undefined> = process.env): string =>
	fingerprint(root, PARSING_SOURCES) + (env.TRAILMAP_SCHEMA_SALT ? `-${env.TRAILMAP_SCHEMA_SALT}` : '');

/** A hash of the body check's rules, so results cached under other rules are never used. */
export const bodyCheckFingerprint = (root: string): string => fingerprint(root, BODY_CHECK_SOURCES);
