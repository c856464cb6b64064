import type { Locate } from './problem.ts';
import { type CollectionName as RegistryName, type EntryData, REGISTRY } from './registry.ts';

/** A schema-valid content entry with where it came from, so rules can point at file, line and field. */
export interface Entry<T> {
	/** Id as other content refers to it: file name, list `id`, guide path or persona key. */
	id: string;
	/** Source file relative to the repository root. */
	file: string;
	data: T;
	locate: Locate;
}

/** The collections of a content set that hold entries (all but the site settings). */
export type CollectionName = Exclude<RegistryName, 'site'>;

/** Every entry of a content folder, grouped by collection; the input of the integrity rules. */
export type ContentSet = { [K in CollectionName]: Entry<EntryData<K>>[] } & {
	site?: Entry<EntryData<'site'>>;
	/**
	 * Ids of entries that exist but failed their schema, per collection. References to them count as
	 * resolved, so one broken file is reported once rather than again at every reference to it.
	 */
	invalid: Partial<Record<CollectionName, Set<string>>>;
	/**
	 * Entries that failed their schema, with what of their data could be read: only their references
	 * are checked, so a file's broken fields and its broken references are reported in one run.
	 */
	salvaged: { [K in CollectionName]?: Entry<EntryData<K>>[] };
	/** Collections held in one file that could not be read at all; references into them are not checked. */
	unreadable: Set<CollectionName>;
};

/** An empty content set, to fill while reading a folder. */
export function emptyContentSet(): ContentSet {
	const collections = Object.fromEntries(
		Object.keys(REGISTRY)
			.filter((name) => name !== 'site')
			.map((name) => [name, []]),
	) as unknown as { [K in CollectionName]: Entry<EntryData<K>>[] };
	return { ...collections, invalid: {}, salvaged: {}, unreadable: new Set() };
}
