import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSet } from '../domain/content-set.ts';
import { COLLECTION_NAMES, entryRoute } from '../domain/registry.ts';
import { filesUnder } from './files.ts';

const SOURCE = fileURLToPath(new URL('../', import.meta.url));

/** Pages of src/pages without route parameters, as the paths they are served at: index.astro is /, roadmap/shipped.astro is /roadmap/shipped/. */
function staticPages(): string[] {
	return filesUnder(path.join(SOURCE, 'pages'))
		.filter((file) => file.endsWith('.astro') && !file.includes('['))
		.map((file) => {
			const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
			return route === '' ? '/' : `/${route}/`;
		});
}

/** Files of public/, served as they are. */
function publicFiles(): string[] {
	const folder = path.join(SOURCE, '..', 'public');
	return existsSync(folder) ? filesUnder(folder).map((file) => `/${file}`) : [];
}

/**
 * Every path the built site serves, without the base path: the pages without parameters, a page per
 * entry of each collection with a route (broken entries too, since they are reported on their own),
 * and the files of public/.
 */
export function siteRoutes(content: ContentSet): Set<string> {
	const routes = new Set([...staticPages(), ...publicFiles()]);
	for (const name of COLLECTION_NAMES) {
		if (name === 'site') continue;
		for (const id of [...content[name].map((entry) => entry.id), ...(content.invalid[name] ?? [])]) {
			const route = entryRoute(name, id);
			if (route) routes.add(route);
		}
	}
	return routes;
}
