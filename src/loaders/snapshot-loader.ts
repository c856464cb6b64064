import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { REGISTRY } from '../domain/registry.ts';
import { readContentFile } from '../lib/content-files.ts';
import { parseSource } from '../lib/parse-source.ts';

/**
 * Loads metric snapshots from YAML, JSON and CSV files with the same parser `content:check` uses.
 * A file whose contents are unchanged since the last build keeps its cached entry; a file that no
 * longer parses is dropped with an error rather than kept at its old value.
 */
export function snapshotLoader(dir: string): Loader {
	const { folder: relativeFolder, pattern } = REGISTRY.snapshots;
	const folder = path.join(dir, relativeFolder);
	return {
		name: 'trailmap-snapshot-loader',
		load: async (context) => {
			const { store, logger, config } = context;
			const root = fileURLToPath(config.root);
			const names = (await readdir(folder).catch(() => [])).filter((name) => path.matchesGlob(name, pattern));
			const reads = await Promise.all(names.map((name) => readContentFile(path.join(folder, name), name)));
			const seen = new Set<string>();
			for (const [index, name] of names.entries()) {
				const { text = '', errors } = reads[index];
				const id = name.replace(/\.[^.]+$/, '');
				const filePath = path.relative(root, path.join(folder, name));
				const digest = context.generateDigest(text);
				const cached = store.get(id);
				if (cached?.digest === digest && cached.filePath === filePath) {
					seen.add(id);
					continue;
				}
				const source = parseSource(text, name, filePath);
				const problems = [...errors, ...source.errors];
				if (problems.length > 0) {
					for (const problem of problems) logger.error(`${filePath}:${problem.line}:${problem.column}: ${problem.message}`);
					continue;
				}
				seen.add(id);
				const data = await context.parseData({ id, data: source.data as Record<string, unknown>, filePath });
				store.set({ id, data, digest, filePath });
			}
			for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
		},
	};
}
