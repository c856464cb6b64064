import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads content/site.yaml as the single entry "site". */
export function siteLoader(file: string): Loader {
	return {
		name: 'trailmap-site-loader',
		load: async (context) => {
			const { store, config } = context;
			const filePath = path.relative(fileURLToPath(config.root), file);
			const text = await readFile(file, 'utf8');
			const data = await context.parseData({ id: 'site', data: parse(text) as Record<string, unknown>, filePath });
			store.clear();
			store.set({ id: 'site', data, digest: context.generateDigest(text), filePath });
		},
	};
}
