import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-site.ts';
import { ContentCopy } from '../support/content-copy.ts';

describe('a build with a broken diagram', () => {
	const content = new ContentCopy();
	afterAll(() => content.dispose());

	it('fails before rendering anything, naming the file, the line and what mermaid met there', async () => {
		content.replace(
			'guides/basics/access.mdx',
			'1. Ask for access.',
			'1. Ask for access.\n\n```mermaid\nflowchart LR\n  A --> B\n  B -->\n```\n',
		);
		const failure = (await buildSite({ content: content.dir, outDir: content.beside('dist'), cacheDir: content.beside('cache') }).then(
			() => undefined,
			(error: unknown) => error,
		)) as (Error & { log?: string[] }) | undefined;
		expect(failure?.message).toMatch(/has 1 problem/);
		const log = (failure?.log ?? []).join('\n');
		// The fence opens on line 13 of the file; the unfinished edge, the diagram's third line, is line 16.
		expect(log).toMatch(
			/guides\/basics\/access\.mdx:16:1\n\s+body = "B -->": this mermaid diagram does not parse: unexpected '?\w+'? here/,
		);
	});
});
