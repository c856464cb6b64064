import { cpus, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pagesBySection } from '../src/bench/build-log.ts';
import { median, pageScriptKb, run, sizeKb, type RunResult } from '../src/bench/measure.ts';
import { contentBodies, writeStarlightBaseline } from '../src/bench/starlight-baseline.ts';
import { warmEdits, type WarmEdit } from '../src/bench/warm-edits.ts';
import { measureWarmRebuilds } from '../src/bench/warm-rebuilds.ts';
import { filesUnder } from '../src/lib/files.ts';
import { contentCacheDir } from '../src/lib/content-layout.ts';
import { readContent, today } from '../src/lib/read-content.ts';

/** Generates synthetic content at a scale, then measures builds, the content check and the output. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string' } } });
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
const work = path.resolve(values.out ?? `bench-out/scale-${scale}`);
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
const logs = path.join(work, 'logs');
const node = process.execPath;
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ...process.env, TRAILMAP_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };

const log = (line: string) => console.log(line);
log(
	`Trailmap benchmark, scale ${scale}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
rmSync(logs, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });

/** Runs an astro build, keeping its log in the work folder for a closer look. */
async function build(name: string, args: string[]): Promise<RunResult> {
	const result = await run(node, [astro, 'build', ...args], env);
	writeFileSync(path.join(logs, `${name}.log`), result.output);
	return result;
}

await run(node, ['scripts/generate-content.ts', '--scale', String(scale), '--out', content], env);
const { content: set } = await readContent(content);
const collections: unknown[] = Object.values(set);
const entries = collections.reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), set.site ? 1 : 0);

const check = await run(node, ['scripts/check-content.ts'], env);

rmSync(contentCacheDir(content), { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
const cold = await build('cold', ['--outDir', dist]);

const files = filesUnder(dist);
const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
const kb = (file: string) => sizeKb(path.join(dist, file));
const itemPages = (section: string) =>
	pages.filter((file) => new RegExp(`^${section}/[^/]+/index\\.html$`).test(file) && !/^roadmap\/(shipped|timeline)\//.test(file));
const roadmapPages = itemPages('roadmap');
const largestPage = pages.reduce((a, b) => (kb(a) >= kb(b) ? a : b));
const pageFacts = {
	largestPageKb: kb(largestPage),
	medianRoadmapPageKb: median(roadmapPages.map(kb)),
	medianDecisionPageKb: median(itemPages('decisions').map(kb)),
	itemPageJsKb: Math.max(...roadmapPages.map((page) => pageScriptKb(dist, page))),
	pagefindKb: files.filter((file) => file.startsWith('pagefind/')).reduce((sum, file) => sum + kb(file), 0),
};

// Right after Trailmap's cold build, so both see the machine as alike as a shared machine allows.
const starlightRoot = path.join(work, 'starlight');
writeStarlightBaseline(starlightRoot, contentBodies(content), pages.length);
const starlight = await build('starlight-cold', ['--root', starlightRoot]);
const starlightPages = filesUnder(path.join(starlightRoot, 'dist')).filter(
	(file) => file.endsWith('.html') && !file.startsWith('pagefind/'),
);

// Everything an astro build reads from its previous run, so each warm rebuild starts from the cold build's.
const state = [content, contentCacheDir(content), path.resolve('.astro'), dist];
const edits = warmEdits(
	set.snapshots.map((entry) => entry.data),
	today(),
);
const warm = await measureWarmRebuilds(edits, {
	content,
	dist,
	state,
	store: path.join(work, 'cold-state'),
	build: (name) => build(name, ['--outDir', dist]),
});

const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const ratio = cold.seconds / starlight.seconds;
const cpuRatio = cold.cpuSeconds / starlight.cpuSeconds;
const result = {
	entries,
	pages: pages.length,
	coldBuildSeconds: round(cold.seconds, 2),
	msPerPage: round((cold.seconds * 1000) / pages.length, 2),
	peakRssMb: round(cold.peakRssMb, 0),
	checkSeconds: round(check.seconds, 2),
	largestPageKb: round(pageFacts.largestPageKb),
	medianRoadmapPageKb: round(pageFacts.medianRoadmapPageKb),
	medianDecisionPageKb: round(pageFacts.medianDecisionPageKb),
	itemPageJsKb: round(pageFacts.itemPageJsKb),
	pagefindKb: round(pageFacts.pagefindKb, 0),
	starlightColdSeconds: round(starlight.seconds, 2),
	starlightPages: starlightPages.length,
	coldRatioToStarlight: round(ratio, 2),
	coldCpuRatioToStarlight: round(cpuRatio, 2),
	...Object.fromEntries(
		warm.flatMap(({ edit, run, reused }) => [
			[`warm${edit.key}Seconds`, round(run.seconds, 2)],
			[`warm${edit.key}PagesReused`, reused],
		]),
	),
};

/** A budget set for scale 10, and whether this run meets it when that can be told from numbers. */
const budget = (text: string, met?: boolean) =>
	` (budget at scale 10: ${text}${scale === 10 && met !== undefined ? `, ${met ? 'met' : 'missed'}` : ''})`;
const warmBudgets: Record<WarmEdit['key'], (run: RunResult) => string> = {
	BodyEdit: (run) => budget('25% of cold', run.seconds <= 0.25 * cold.seconds),
	TitleEdit: () => '',
	Snapshot: () => budget('re-renders only pages that show a metric'),
	NoEdit: () => budget('reuses every entry page'),
};
const share = (part: number, whole: number) => `${round((100 * part) / whole, 0)}%`;
const rows: [string, string][] = [
	['content entries', String(result.entries)],
	['pages built', String(result.pages)],
	['cold build', `${result.coldBuildSeconds} s (${result.msPerPage} ms per page), ${round(cold.cpuSeconds)} s CPU`],
	['plain Starlight, cold', `${result.starlightColdSeconds} s for ${result.starlightPages} pages, ${round(starlight.cpuSeconds)} s CPU`],
	[
		'cold build / plain Starlight',
		`${result.coldRatioToStarlight}x wall (coldRatioToStarlight), ${result.coldCpuRatioToStarlight}x CPU${budget('1.2x wall', ratio <= 1.2)}`,
	],
	['peak memory, whole build', `${result.peakRssMb} MB`],
	['content:check', `${result.checkSeconds} s`],
	...warm.flatMap(({ edit, change, run, total, reused, rendered, unchanged }): [string, string][] => [
		[
			`warm rebuild after ${edit.label}`,
			`${round(run.seconds, 2)} s (${share(run.seconds, cold.seconds)} of cold), ${round(run.cpuSeconds)} s CPU (${share(run.cpuSeconds, cold.cpuSeconds)}), ` +
				`${reused} of ${total} pages reused${warmBudgets[edit.key](run)}`,
		],
		['  edit', change],
		[
			'  re-rendered',
			`${rendered.length}, ${unchanged} of them identical to the cold build's: ${pagesBySection(rendered)
				.map(([section, count]) => `${section} ${count}`)
				.join(', ')}`,
		],
	]),
	['largest page', `${result.largestPageKb} KB (${largestPage})`],
	['median roadmap item page', `${result.medianRoadmapPageKb} KB`],
	['median decision page', `${result.medianDecisionPageKb} KB`],
	['client JS on an item page (the most any loads)', `${result.itemPageJsKb} KB`],
	['search index (pagefind)', `${result.pagefindKb} KB`],
];
const width = Math.max(...rows.map(([label]) => label.length));
log(rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n'));
log(`Build logs: ${path.relative(process.cwd(), logs)}/`);
log(JSON.stringify(result));
