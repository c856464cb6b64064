import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BodyCheck, type CheckBodyOptions, checkBody } from '../domain/body-safety.ts';
import { contentCacheDir } from './content-layout.ts';
import { bodyCheckFingerprint } from './fingerprint.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** The body check with its results kept between runs, keyed by each body's text and format. */
export interface BodyCheckCache {
	check(body: string, options: CheckBodyOptions): BodyCheck;
	/** Writes this run's results, and only those, for the next run. */
	save(): Promise<void>;
}

/**
 * Parsing a body into its syntax tree is most of the content check's time, and the build runs the
 * check before every build; an unchanged body under unchanged rules gives the same findings, so
 * they are kept in the content folder's cache directory.
 */
export async function openBodyCheckCache(dir: string): Promise<BodyCheckCache> {
	const file = path.join(contentCacheDir(dir), 'trailmap-body-check.json');
	const rules = bodyCheckFingerprint(PROJECT);
	const stored = await readFile(file, 'utf8').then(
		(text) => JSON.parse(text) as { rules: string; results: Record<string, BodyCheck> },
		() => undefined,
	);
	const previous = stored?.rules === rules ? stored.results : {};
	const results: Record<string, BodyCheck> = {};
	let changed = stored?.rules !== rules;
	return {
		check(body, options) {
			const key = createHash('sha256')
				.update(`${options.format}\0${String(options.trustedMdx)}\0${body}`)
				.digest('hex');
			const known = previous[key];
			if (!known) changed = true;
			results[key] = known ?? checkBody(body, options);
			return results[key];
		},
		async save() {
			if (!changed && Object.keys(results).length === Object.keys(previous).length) return;
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(file, JSON.stringify({ rules, results }));
		},
	};
}
