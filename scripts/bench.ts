import { cpus, totalmem } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { median, pageScriptKb, run, sizeKb } from '../src/bench/measure.ts';
import { filesUnder } from '../src/lib/files.ts';
import { contentCacheDir } from '../src/lib/content-layout.ts';
import { readContent } from '../src/lib/read-content.ts';

/** Generates synthetic content at a scale, then measures builds, the content check and the output. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string' } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
const work = path.resolve(values.out ?? `bench-out/scale-${scale}`);
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const node = process.execPath;
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ...process.env, TRAILMAP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };

const log = (line: string) => console.log(line);
log(
	`Trailmap benchmark, scale ${scale}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);

await run(node, ['scripts/generate-content.ts', '--scale', String(scale), '--out', content], env);
const { content: set } = await readContent(content);
const collections: unknown[] = Object.values(set);
const entries = collections.reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), set.site ? 1 : 0);

const check = await run(node, ['scripts/check-content.ts'], env);

rmSync(contentCacheDir(content), { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
const cold = await run(node, [astro, 'build', '--outDir', dist], env);

const roadmapFile = filesUnder(path.join(content, 'roadmap')).sort()[0];
const edited = path.join(content, 'roadmap', roadmapFile);
const original = readFileSync(edited, 'utf8');
const reviewed = original.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-11-02');
if (reviewed === original) throw new Error(`${edited} has no lastReviewed line to edit`);
writeFileSync(edited, reviewed);
const warm = await run(node, [astro, 'build', '--outDir', dist], env);
writeFileSync(edited, original);

const files = filesUnder(dist);
const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
const kb = (file: string) => sizeKb(path.join(dist, file));
const itemPages = (section: string) =>
	pages.filter((file) => new RegExp(`^${section}/[^/]+/index\\.html$`).test(file) && !/^roadmap\/(shipped|timeline)\//.test(file));
const roadmapPages = itemPages('roadmap');
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

const result = {
	entries,
	pages: pages.length,
	coldBuildSeconds: round(cold.seconds, 2),
	msPerPage: round((cold.seconds * 1000) / pages.length, 2),
	peakRssMb: round(cold.peakRssMb, 0),
	checkSeconds: round(check.seconds, 2),
	warmRebuildSeconds: round(warm.seconds, 2),
	largestPageKb: round(Math.max(...pages.map(kb))),
	medianRoadmapPageKb: round(median(roadmapPages.map(kb))),
	medianDecisionPageKb: round(median(itemPages('decisions').map(kb))),
	itemPageJsKb: round(Math.max(...roadmapPages.map((page) => pageScriptKb(dist, page)))),
	pagefindKb: round(
		files.filter((file) => file.startsWith('pagefind/')).reduce((sum, file) => sum + kb(file), 0),
		0,
	),
};

/** Pages the incremental build copied from the previous build instead of rendering. */
const reused = stripVTControlCharacters(warm.output).match(/\((?:restored|cached)\)/g)?.length ?? 0;

const rows: [string, string][] = [
	['content entries', String(result.entries)],
	['pages built', String(result.pages)],
	['cold build', `${result.coldBuildSeconds} s (${result.msPerPage} ms per page)`],
	['peak memory, whole build', `${result.peakRssMb} MB`],
	['content:check', `${result.checkSeconds} s`],
	[
		'warm rebuild after one roadmap edit',
		`${result.warmRebuildSeconds} s (${round((100 * warm.seconds) / cold.seconds, 0)}% of cold, ${reused} of ${result.pages} pages reused)`,
	],
	['largest page', `${result.largestPageKb} KB (${pages.reduce((a, b) => (kb(a) >= kb(b) ? a : b))})`],
	['median roadmap item page', `${result.medianRoadmapPageKb} KB`],
	['median decision page', `${result.medianDecisionPageKb} KB`],
	['client JS on an item page (the most any loads)', `${result.itemPageJsKb} KB`],
	['search index (pagefind)', `${result.pagefindKb} KB`],
];
const width = Math.max(...rows.map(([label]) => label.length));
log(rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n'));
log(JSON.stringify(result));
