import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CollectionName } from '../domain/content-set.ts';
import { COLLECTION_NAMES, type EntryData, type EntryView, type PagedCollection, ENTRY_VIEWS } from '../domain/registry.ts';
import { buildSiteContent, type Item, type SiteContent } from '../domain/site-content.ts';
import { contentDir } from './content-layout.ts';
import { schemaFingerprint } from './fingerprint.ts';

async function load(): Promise<SiteContent> {
	const site = await getEntry('site', 'site');
	if (!site) throw new Error('content/site.yaml did not load; run `npm run content:check` to see why.');
	const names = COLLECTION_NAMES.filter((name): name is CollectionName => name !== 'site');
	const lists = await Promise.all(names.map((name) => getCollection(name)));
	const entries = Object.fromEntries(names.map((name, i) => [name, lists[i].map(({ id, data }) => ({ id, data }))])) as {
		[K in CollectionName]: Item<EntryData<K>>[];
	};
	return buildSiteContent(site.data as EntryData<'site'>, entries, import.meta.env.BASE_URL, new Date().toISOString().slice(0, 10));
}

let cached: Promise<SiteContent> | undefined;

/** The site content, built on first use and shared by every page of a build; read afresh on every request in dev. */
export function siteContent(): Promise<SiteContent> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 20);
let fingerprint: string | undefined;

/**
 * A page's incremental-build key: a hash of everything it shows (its view and, for entries with a
 * body, the body and the file it is written in, since a .md and an .mdx body render differently) and
 * of the schemas the content was parsed with. Astro re-renders a page when this
 * or the page's code changes, so a page is reused exactly when what it shows is unchanged.
 */
export function pageKey(view: unknown, body?: { text?: string; file?: string }): string {
	fingerprint ??= schemaFingerprint(process.cwd());
	return sha256(`${fingerprint}\0${JSON.stringify(view)}\0${body?.file ?? ''}\0${body?.text ?? ''}`);
}

/** An entry's file relative to the content folder, forward slashes, for its edit link; Astro gives it relative to the project root. */
const sourceOf = (entry: { filePath?: string }): string | undefined =>
	entry.filePath === undefined ? undefined : path.relative(contentDir(), path.resolve(entry.filePath)).split(path.sep).join('/');

/** getStaticPaths for the page of every entry of a collection: the id as `param`, the entry and the view the registry names as props, and the page key. */
export async function entryPaths<C extends PagedCollection>(collection: C, param = 'id') {
	const content = await siteContent();
	const view = ENTRY_VIEWS[collection] as (content: SiteContent, id: string, source?: string) => EntryView<C>;
	const entries: CollectionEntry<C>[] = await getCollection(collection);
	return entries.map((entry) => {
		const props = { entry, view: view(content, entry.id, sourceOf(entry)) };
		return { params: { [param]: entry.id }, props, cacheKey: pageKey(props.view, { text: entry.body, file: entry.filePath }) };
	});
}
