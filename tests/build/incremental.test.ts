import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, restoredPages, type SiteBuild } from '../support/astro-site.ts';
import { ContentCopy } from '../support/content-copy.ts';
import { readTree, treeDifferences, type Tree } from '../support/tree.ts';

const TITLE = 'Use Helm charts per service';
const NEW_TITLE = 'Use one Helm chart per service';
const SNAPSHOT = 'metrics/snapshots/2026-04-30.yaml';

/** What the builds after the schema change add: the plugin below, and a salt for the schema fingerprint. */
type Change = Pick<SiteBuild, 'plugins' | 'env'>;

/**
 * A schema change for one build: roadmap item titles in capitals, as if src/schemas/roadmap-item.ts
 * said so. A Vite plugin changes the code the build runs and leaves the working copy alone, so the
 * schema fingerprint, which hashes the files, is told of the change through SCHEMA_CHANGE.
 */
const titlesInCapitals = {
	name: 'trailmap-tests:titles-in-capitals',
	enforce: 'pre' as const,
	transform(code: string, id: string) {
		if (!id.endsWith('/src/schemas/roadmap-item.ts')) return undefined;
		if (!code.includes('\ttitle: TextSchema.describe(')) throw new Error(`${id} no longer has "title: TextSchema.describe("`);
		return code.replace('\ttitle: TextSchema.describe(', '\ttitle: TextSchema.transform((title) => title.toUpperCase()).describe(');
	},
};

const SCHEMA_CHANGE: Change = { plugins: [titlesInCapitals], env: { TRAILMAP_SCHEMA_SALT: 'titles-in-capitals' } };

/**
 * Each step edits the content the step before left, rebuilds incrementally (same output folder and
 * cache every time, as a developer's `npm run build` does), and compares the whole output, file by
 * file, with a cold build of the same content. Two cold builds of the same content are byte-equal,
 * so nothing is normalised. A step that undoes an earlier one compares with that step's cold build.
 */
describe('an incremental build matches a cold build of the same content', () => {
	let content: ContentCopy;
	let incremental: SiteBuild;
	let coldBuilds = 0;
	let original: Tree;

	/** Builds the content as it is now with a fresh cache into a fresh folder. */
	async function coldBuild(change: Change = {}): Promise<Tree> {
		coldBuilds += 1;
		const outDir = content.beside(`cold-${coldBuilds}`);
		await buildSite({ content: content.dir, outDir, cacheDir: content.beside(`cold-${coldBuilds}-cache`), ...change });
		return readTree(outDir);
	}

	/** Rebuilds incrementally; returns the output and the pages taken from the cache. */
	async function incrementalBuild(change: Change = {}): Promise<{ tree: Tree; restored: string[] }> {
		const lines = await buildSite({ ...incremental, ...change });
		return { tree: readTree(incremental.outDir), restored: restoredPages(lines) };
	}

	beforeAll(async () => {
		content = new ContentCopy();
		incremental = { content: content.dir, outDir: content.beside('incremental'), cacheDir: content.beside('incremental-cache') };
		await buildSite(incremental);
		original = readTree(incremental.outDir);
	});
	afterAll(() => content?.dispose());

	it('after an unchanged body moves from .mdx to .md, and keeps the pages the move did not touch', async () => {
		content.rename('roadmap/service-templates.mdx', 'roadmap/service-templates.md');
		const { tree, restored } = await incrementalBuild();
		expect(treeDifferences(tree, await coldBuild())).toEqual([]);
		// A build that re-rendered everything would match a cold build whatever its cache held.
		expect(restored).toContain('personas/data-engineer/index.html');
	});

	// Edits that show on different pages share a step, so each step's cold build checks several at once.
	it('after the body moves back, a decision title that other pages show changes, and a metric snapshot arrives', async () => {
		content.rename('roadmap/service-templates.md', 'roadmap/service-templates.mdx');
		content.replace('decisions/0001-use-templates.mdx', `title: ${TITLE}`, `title: ${NEW_TITLE}`);
		content.write(SNAPSHOT, 'date: 2026-04-30\nvalues:\n  onboarding-days: 4\n');
		const { tree } = await incrementalBuild();
		expect(treeDifferences(tree, await coldBuild())).toEqual([]);
		// The roadmap item shows the title among its decisions, and its body links ADR-0001 with the title.
		expect(tree.get('roadmap/service-templates/index.html')?.toString()).toContain(`title="ADR-0001: ${NEW_TITLE}"`);
		expect(tree.get('metrics/onboarding-days/index.html')?.toString()).toContain('4 days');
	});

	it('after the title changes back and the snapshot is deleted', async () => {
		content.replace('decisions/0001-use-templates.mdx', `title: ${NEW_TITLE}`, `title: ${TITLE}`);
		content.remove(SNAPSHOT);
		expect(treeDifferences((await incrementalBuild()).tree, original)).toEqual([]);
	});

	// The Vite plugin changes the schema for this build only; TRAILMAP_SCHEMA_SALT tells the fingerprint so.
	it('after a schema change that changes parsed values', async () => {
		const { tree } = await incrementalBuild(SCHEMA_CHANGE);
		expect(tree.get('roadmap/service-mesh/index.html')?.toString()).toContain('SERVICE MESH');
		expect(treeDifferences(tree, await coldBuild(SCHEMA_CHANGE))).toEqual([]);
	});
});
