import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { COLLECTION_NAMES, type CollectionName, REGISTRY } from './domain/registry.ts';
import { contentDir } from './lib/content-layout.ts';
import { parseYaml } from './lib/parse-source.ts';
import { snapshotLoader } from './loaders/snapshot-loader.ts';
import { siteLoader } from './loaders/site-loader.ts';

const dir = contentDir();

/** The loader of a collection, from where the registry says its files are. */
function loaderFor(name: CollectionName): Loader {
	const spec = REGISTRY[name];
	if (name === 'snapshots') return snapshotLoader(dir);
	switch (spec.shape) {
		case 'files':
			return glob({ base: `${dir}/${spec.folder}`, pattern: spec.pattern });
		case 'single':
			return siteLoader(`${dir}/${spec.file}`);
		default:
			return file(`${dir}/${spec.file}`, { parser: (text) => parseYaml(text) as Record<string, Record<string, unknown>> });
	}
}

/**
 * Starlight requires a docs collection; guides are Trailmap's own collection with its own route, so
 * this one has no entries. Astro warns on every build about a collection its store does not hold,
 * and a store holds a collection only once an entry was set in it: one is set and deleted again,
 * leaving the collection present and empty.
 */
const noDocs: Loader = {
	name: 'trailmap-no-docs',
	load: (context) => {
		context.store.clear();
		context.store.set({ id: 'none', data: {} });
		context.store.delete('none');
		return Promise.resolve();
	},
};

/**
 * Starlight 0.42 reads an `i18n` collection of UI string overrides on every build and Astro warns when
 * it is not defined; one entry with no keys for the default locale defines it and overrides nothing.
 */
const noTranslations: Loader = {
	name: 'trailmap-no-translations',
	load: async (context) => {
		context.store.clear();
		context.store.set({ id: 'en', data: await context.parseData({ id: 'en', data: {} }) });
	},
};

export const collections = {
	docs: defineCollection({ loader: noDocs, schema: docsSchema() }),
	i18n: defineCollection({ loader: noTranslations, schema: i18nSchema() }),
	...Object.fromEntries(
		COLLECTION_NAMES.map((name) => [name, defineCollection({ loader: loaderFor(name), schema: REGISTRY[name].schema })]),
	),
};
