import { API_COLLECTIONS, API_SCHEMA_VERSION, apiDocument, apiPaths } from '../api.ts';
import { REGISTRY } from '../registry.ts';
import type { SiteContent } from '../site-content.ts';
import type { Link } from './parts.ts';

/** One API document as its documentation shows it: where it is, its schema, and its first item as an example. */
export interface ApiEndpointView {
	id: string;
	heading: string;
	document: Link;
	schema: Link;
	count: number;
	/** The document's first item, pretty-printed; absent when the collection is empty. */
	example?: string;
}

/** The /api/ page: what the JSON API serves, how it is versioned, and an example of each document. */
export function apiDocsView(content: SiteContent, siteUrl: string) {
	const endpoints: ApiEndpointView[] = API_COLLECTIONS.map((name) => {
		const paths = apiPaths(content.base, name);
		const document = apiDocument(content, name, siteUrl);
		const noun = REGISTRY[name].noun;
		return {
			id: name,
			heading: `${noun.charAt(0).toUpperCase()}${noun.slice(1)}s`,
			document: { href: paths.document, label: `/api/${name}.json` },
			schema: { href: paths.schema, label: `/api/schema/${name}.json` },
			count: document.count,
			example: document.items.length > 0 ? JSON.stringify(document.items[0], null, 2) : undefined,
		};
	});
	return {
		schemaVersion: API_SCHEMA_VERSION,
		intro:
			`Every collection with pages is also published as JSON, for a Backstage plugin, a chat bot or a dashboard. ` +
			`Each document has a schemaVersion (now ${API_SCHEMA_VERSION}), the site it comes from, and every entry with its stable id, ` +
			`the absolute URL of its page and its data exactly as the content check accepted it, defaults applied. ` +
			`Each document names its JSON Schema (draft 2020-12) in $schema; the schemas are generated from the same zod schemas that check the content.`,
		endpoints,
	};
}
