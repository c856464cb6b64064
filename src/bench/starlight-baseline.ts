import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { classify } from '../domain/registry.ts';
import { filesUnder } from '../lib/files.ts';
import { parseFrontmatterSource } from '../lib/source-file.ts';

/** A Markdown body of the content and the page it came from. */
export interface ContentBody {
	/** Page path without extension, such as decisions/0001-adopt-backstage. */
	slug: string;
	title: string;
	body: string;
}

/** The Markdown bodies of a content folder's decisions, roadmap items and guides, in file order. */
export function contentBodies(content: string): ContentBody[] {
	return filesUnder(content).flatMap((file) => {
		const kind = classify(file);
		if (!kind || !('id' in kind) || !['decisions', 'roadmap', 'guides'].includes(kind.kind)) return [];
		const source = parseFrontmatterSource(readFileSync(path.join(content, file), 'utf8'), file);
		const title = (source.data as { title?: unknown } | undefined)?.title;
		if (source.body === undefined || typeof title !== 'string') return [];
		return [{ slug: `${kind.kind}/${kind.id}`, title, body: source.body }];
	});
}

/** A standalone Astro project: Starlight with its defaults and a short sidebar, Astro's default Markdown processor. */
function astroConfig(sidebar: { label: string; link: string }[]): string {
	return `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [starlight({ title: 'Plain Starlight', sidebar: ${JSON.stringify(sidebar)} })],
});
`;
}

const CONTENT_CONFIG = `import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes, in `dir`, the site a team would deploy instead of Trailmap: plain Starlight with `pages`
 * pages (its own 404 included), all Markdown. The content's bodies come first, MDX ones as `.md`
 * (the generated MDX bodies use no components); later pages repeat them to make up the count.
 * Inside the repository, so Node finds astro and Starlight in its node_modules.
 */
export function writeStarlightBaseline(dir: string, bodies: ContentBody[], pages: number): void {
	if (bodies.length === 0) throw new Error('The content has no Markdown bodies to build a Starlight site from');
	rmSync(dir, { recursive: true, force: true });
	const docs = path.join(dir, 'src/content/docs');
	const sidebar = new Map<string, string>();
	for (let index = 0; index < pages - 1; index++) {
		const { slug, title, body } = bodies[index % bodies.length];
		const [page, pageTitle] = index < bodies.length ? [slug, title] : [`more/${index}`, `${title} (${index})`];
		const file = path.join(docs, `${page}.md`);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, `---\n${stringify({ title: pageTitle })}---\n${body}`);
		const section = page.split('/')[0];
		// Starlight lowercases slugs, so a link to ADR-0001.md is /decisions/adr-0001/.
		if (!sidebar.has(section)) sidebar.set(section, `/${page.toLowerCase()}/`);
	}
	writeFileSync(path.join(dir, 'astro.config.mjs'), astroConfig([...sidebar].map(([label, link]) => ({ label, link }))));
	writeFileSync(path.join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
}
