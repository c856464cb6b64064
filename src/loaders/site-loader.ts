import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/** Loads content/site.yaml as the single entry "site". */
export function siteLoader(file: string): Loader {
	return {
		name: 'trailmap-site-loader',
		load: async ({ store, parseData, generateDigest }) => {
			const text = await readFile(file, 'utf8');
			const data = await parseData({ id: 'site', data: parse(text) as Record<string, unknown>, filePath: file });
			store.clear();
			store.set({ id: 'site', data, digest: generateDigest(text), filePath: file });
		},
	};
}
