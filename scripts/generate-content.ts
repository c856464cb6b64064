import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { entryCount, generateContent } from '../src/bench/synthetic.ts';

const USAGE = 'Usage: node scripts/generate-content.ts --scale N --out DIR [--seed S]';

/** Folders this script must never wipe, even though they hold a site.yaml: the repository's own content. */
const PROTECTED = [path.resolve(import.meta.dirname, '../content'), path.resolve(import.meta.dirname, '../tests')];

/** Why `dir` may not be replaced, or undefined when it is new, empty, or an earlier content folder. */
function refusal(dir: string): string | undefined {
	if (PROTECTED.some((root) => dir === root || dir.startsWith(`${root}${path.sep}`))) {
		return `Refusing to write to ${dir}: it is part of this repository's own content or tests.`;
	}
	if (!existsSync(dir)) return undefined;
	if (!statSync(dir).isDirectory()) return `Refusing to write to ${dir}: it is a file, not a folder.`;
	if (readdirSync(dir).length === 0 || existsSync(path.join(dir, 'site.yaml'))) return undefined;
	return `Refusing to write to ${dir}: it is not empty and has no site.yaml, so it does not look like a content folder.\nHint: choose a new or empty folder, or one this script generated before.`;
}

/** Empties `dir` (creating it if needed) and writes every generated file into it. */
function writeContent(dir: string, files: ReadonlyMap<string, string>): void {
	mkdirSync(dir, { recursive: true });
	for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true });
	for (const [relative, text] of files) {
		const target = path.join(dir, relative);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, text);
	}
}

/** The parsed command line, or what is wrong with it. */
function readOptions(): { scale: number; seed: number; out: string } | string {
	let values: { scale?: string; out?: string; seed?: string };
	try {
		({ values } = parseArgs({ options: { scale: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } }));
	} catch (error) {
		if (error instanceof TypeError) return error.message;
		throw error;
	}
	const scale = Number(values.scale);
	const seed = Number(values.seed);
	if (!(scale > 0) || !Number.isFinite(scale)) return `--scale must be a positive number, got ${values.scale ?? 'nothing'}`;
	if (!Number.isInteger(seed)) return `--seed must be an integer, got ${values.seed}`;
	if (!values.out) return '--out is required';
	return { scale, seed, out: values.out };
}

/** Writes a synthetic content folder for benchmarks; see USAGE. */
function main(): void {
	const options = readOptions();
	if (typeof options === 'string') {
		console.error(`${options}\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	const dir = path.resolve(options.out);
	const refused = refusal(dir);
	if (refused) {
		console.error(refused);
		process.exitCode = 1;
		return;
	}
	let files: Map<string, string>;
	try {
		files = generateContent(options.scale, options.seed);
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		console.error(`${error.message}\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	writeContent(dir, files);
	console.log(`Wrote ${files.size} files (${entryCount(files)} entries) to ${dir} (scale ${options.scale}, seed ${options.seed})`);
}

main();
