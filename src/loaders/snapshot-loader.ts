import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { REGISTRY } from '../domain/registry.ts';
import { readContentFile } from '../lib/content-files.ts';
import { metricsEndpoint, remoteSnapshotsOnce } from '../lib/metrics-endpoint.ts';
import { parseSource } from '../lib/parse-source.ts';

/**
 * Loads metric snapshots from YAML, JSON and CSV files with the same parser `content:check` uses,
 * and, when TRAILMAP_METRICS_URL is set, the snapshots its endpoint returns (the same answer the
 * build's content check judged). A file whose contents are unchanged since the last build keeps its
 * cached entry; a file that no longer parses is dropped with an error rather than kept at its old value.
 */
export function snapshotLoader(dir: string): Loader {
	const { folder: relativeFolder, pattern } = REGISTRY.snapshots;
	const folder = path.join(dir, relativeFolder);
	return {
		name: 'trailmap-snapshot-loader',
		load: async (context) => {
			const { store, logger, config } = context;
			const root = fileURLToPath(config.root);
			const names = (await readdir(folder).catch(() => [])).filter((name) => path.matchesGlob(name, pattern));
			const reads = await Promise.all(names.map((name) => readContentFile(path.join(folder, name), name)));
			const seen = new Set<string>();
			for (const [index, name] of names.entries()) {
				const { text = '', errors } = reads[index];
				const id = name.replace(/\.[^.]+$/, '');
				const filePath = path.relative(root, path.join(folder, name));
				const digest = context.generateDigest(text);
				const cached = store.get(id);
				if (cached?.digest === digest && cached.filePath === filePath) {
					seen.add(id);
					continue;
				}
				const source = parseSource(text, name, filePath);
				const problems = [...errors, ...source.errors];
				if (problems.length > 0) {
					for (const problem of problems) logger.error(`${filePath}:${problem.line}:${problem.column}: ${problem.message}`);
					continue;
				}
				seen.add(id);
				const data = await context.parseData({ id, data: source.data as Record<string, unknown>, filePath });
				store.set({ id, data, digest, filePath });
			}
			const endpoint = metricsEndpoint();
			const remote = endpoint ? await remoteSnapshotsOnce(endpoint, (message) => logger.warn(message)) : undefined;
			for (const entry of remote?.entries ?? []) {
				// The content check reports a day given both by a file and by the endpoint; the file stays.
				if (seen.has(entry.id)) continue;
				seen.add(entry.id);
				const data = await context.parseData({ id: entry.id, data: entry.data });
				store.set({ id: entry.id, data, digest: context.generateDigest(JSON.stringify(entry.data)) });
			}
			for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
		},
	};
}
