import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ENTRY_FOLDERS } from '../lib/content-layout.ts';
import { parseSource } from '../lib/read-content.ts';

/** Loads metric snapshots from YAML, JSON and CSV files with the same parser `content:check` uses. */
export function snapshotLoader(folder: string): Loader {
	return {
		name: 'trailmap-snapshot-loader',
		load: async (context) => {
			const { store, logger, config } = context;
			const root = fileURLToPath(config.root);
			const names = (await readdir(folder).catch(() => [])).filter((name) => path.matchesGlob(name, ENTRY_FOLDERS.snapshots.pattern));
			store.clear();
			for (const name of names.sort()) {
				const text = await readFile(path.join(folder, name), 'utf8');
				const source = parseSource(text, name, name);
				if (source.errors.length > 0) {
					logger.error(`${name}: ${source.errors[0].message}`);
					continue;
				}
				const id = name.replace(/\.[^.]+$/, '');
				const filePath = path.relative(root, path.join(folder, name));
				const data = await context.parseData({ id, data: source.data as Record<string, unknown>, filePath });
				store.set({ id, data, digest: context.generateDigest(text), filePath });
			}
		},
	};
}
