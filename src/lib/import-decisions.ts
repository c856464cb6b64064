import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BodyCheck, checkBody } from '../domain/body-safety.ts';
import { decisionNumber } from '../domain/decision-refs.ts';
import { type Failure, type ImportPlan, type SourceRecord, markerOrigin, planImport } from '../domain/adr-import/plan.ts';
import type { ImportFormat } from '../domain/adr-import/record-facts.ts';
import type { ImportResult, WriteAction, WrittenFile } from '../domain/adr-import/report.ts';
import { classifySourceFile } from '../domain/adr-import/source-files.ts';
import { REGISTRY } from '../domain/registry.ts';
import type { BodyCheckCache } from './body-check-cache.ts';
import { contentDirProblem } from './content-dir.ts';
import { displayPath } from './display-path.ts';
import { filesUnder } from './files.ts';
import { checkContent, today } from './read-content.ts';
import { parseFrontmatterSource } from './source-file.ts';

export interface ImportOptions {
	/** The folder of records to import. */
	source: string;
	/** The content folder to import into. */
	contentDir: string;
	format?: ImportFormat;
	/** Plan and report, write nothing. */
	dryRun?: boolean;
	/** Overwrite files that exist and differ. */
	force?: boolean;
	/** The day "not in the future" is judged against. */
	today?: string;
	/** The day git first saw a file (absolute path); by default asked of git. */
	firstCommitDate?: (file: string) => string | undefined;
}

/** The import cannot start: the folder to import or the content folder is not there. */
export class ImportError extends Error {}

/** The day git first committed a file, following renames; undefined outside a git work tree or for an uncommitted file. */
export function gitFirstCommitDate(file: string): string | undefined {
	try {
		const output = execFileSync('git', ['log', '--diff-filter=A', '--follow', '--format=%aI', '--', path.basename(file)], {
			cwd: path.dirname(file),
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		const dates = output.trim().split('\n').filter(Boolean);
		return dates.at(-1)?.slice(0, 10);
	} catch {
		return undefined;
	}
}

/** Records already in the decisions folder: the numbers they hold, and the source each imported one came from. */
function existingRecords(decisions: string): { id: string; origin?: string }[] {
	if (!existsSync(decisions)) return [];
	return readdirSync(decisions)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => {
			const file = path.join(decisions, name);
			const { body = '' } = parseFrontmatterSource(readFileSync(file, 'utf8'), displayPath(file));
			const firstLine = body.split('\n').find((line) => line.trim() !== '') ?? '';
			return { id: name.replace(/\.mdx?$/, ''), origin: markerOrigin(firstLine) };
		});
}

/** Body check results by format and text: every pass of every import checks a copy of the same content folder. */
const judgedBodies = new Map<string, BodyCheck>();
const rememberedBodyChecks: BodyCheckCache = {
	check(body, options) {
		const key = `${options.format}\0${String(options.trustedMdx)}\0${body}`;
		const known = judgedBodies.get(key) ?? checkBody(body, options);
		judgedBodies.set(key, known);
		return known;
	},
	save: () => Promise.resolve(),
};

/** Problems the content check finds in the planned records, by source file; empty when every record passes. */
async function checkPlan(plan: ImportPlan, options: Required<Pick<ImportOptions, 'source' | 'contentDir' | 'today'>>) {
	const work = mkdtempSync(path.join(tmpdir(), 'trailmap-import-'));
	try {
		cpSync(options.contentDir, work, { recursive: true });
		const decisions = path.join(work, REGISTRY.decisions.folder);
		mkdirSync(decisions, { recursive: true });
		const bySource = new Map<string, string>();
		for (const record of plan.records) {
			const file = path.join(decisions, `${record.id}.md`);
			writeFileSync(file, record.text);
			bySource.set(path.resolve(file), record.source);
			for (const image of record.images) {
				mkdirSync(path.dirname(path.join(decisions, image)), { recursive: true });
				cpSync(path.join(options.source, image), path.join(decisions, image));
			}
		}
		const { problems } = await checkContent(work, options.today, { bodyChecks: rememberedBodyChecks });
		const rejected = new Map<string, string[]>();
		for (const problem of problems) {
			const source = bySource.get(path.resolve(problem.file));
			if (!source) continue;
			const value = problem.value === undefined ? '' : ` = ${JSON.stringify(problem.value)}`;
			const reason = `content check: ${problem.field || 'file'}${value}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
			rejected.set(source, [...(rejected.get(source) ?? []), reason]);
		}
		return rejected;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** What writing `text` to `target` does: nothing when it is already there, an overwrite when something else is. */
function actionFor(target: string, content: Buffer | string): WriteAction {
	if (!existsSync(target)) return 'written';
	const current = readFileSync(target);
	return current.equals(Buffer.isBuffer(content) ? content : Buffer.from(content)) ? 'unchanged' : 'overwritten';
}

/**
 * Imports a folder of ADRs into the content folder's decisions: plans every record, runs the real
 * content check on the content folder with the planned records added (in a temporary copy) and drops
 * whatever it refuses, then writes what changed. Never overwrites a different file without `force`;
 * a second run finds every file unchanged.
 */
export async function importDecisions(options: ImportOptions): Promise<ImportResult> {
	const source = path.resolve(options.source);
	const contentDir = path.resolve(options.contentDir);
	if (!existsSync(source) || !statSync(source).isDirectory())
		throw new ImportError(`${options.source} is not a folder of decision records`);
	const notContent = contentDirProblem(contentDir);
	if (notContent) throw new ImportError(`${notContent.message}\nHint: ${notContent.hint}`);
	const decisions = path.join(contentDir, REGISTRY.decisions.folder);
	const day = options.today ?? today();
	const firstCommitDate = options.firstCommitDate ?? gitFirstCommitDate;

	const skipped: ImportResult['skipped'] = [];
	const records: SourceRecord[] = [];
	const images: string[] = [];
	const entries = readdirSync(source, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.isDirectory()) {
			skipped.push({ source: `${entry.name}/`, reason: 'a folder: only files directly in the imported folder are records' });
			continue;
		}
		const kind = classifySourceFile(entry.name);
		if (kind.kind === 'skipped') skipped.push({ source: entry.name, reason: kind.reason });
		else if (kind.kind === 'image') images.push(entry.name);
		else records.push({ file: entry.name, text: readFileSync(path.join(source, entry.name), 'utf8') });
	}

	const origin = (file: string) => displayPath(path.join(source, file));
	const existing = existingRecords(decisions);
	const fromHere = (record: { origin?: string }) => record.origin !== undefined && path.resolve(path.dirname(record.origin)) === source;
	const taken = new Set(
		existing
			.filter((record) => !fromHere(record))
			.flatMap((record) => {
				const number = decisionNumber(record.id);
				return number === undefined ? [] : [Number(number)];
			}),
	);
	const previous = new Map(existing.filter(fromHere).map((record) => [path.basename(record.origin!), record.id]));
	const files = new Set(filesUnder(source));

	const rejected = new Map<string, string[]>();
	let plan: ImportPlan;
	for (;;) {
		plan = planImport({
			records,
			files,
			taken,
			format: options.format ?? 'auto',
			origin,
			firstCommitDate: (file) => firstCommitDate(path.join(source, file)),
			previous: new Map([...previous].map(([file, id]) => [file, Number(decisionNumber(id))])),
			rejected,
		});
		const found = await checkPlan(plan, { source, contentDir, today: day });
		const fresh = [...found].filter(([file]) => !rejected.has(file));
		if (fresh.length === 0) break;
		for (const [file, reasons] of fresh) rejected.set(file, reasons);
	}

	const target = (relative: string) => displayPath(path.join(decisions, relative));
	const failed: Failure[] = plan.failed.map((failure) => ({ ...failure, target: failure.target && target(failure.target) }));
	const written: WrittenFile[] = [];
	for (const record of plan.records) {
		const file = path.join(decisions, `${record.id}.md`);
		const before = previous.get(record.source);
		const action = actionFor(file, record.text);
		if (before !== undefined && before !== record.id && !options.force) {
			failed.push({
				source: record.source,
				target: target(`${record.id}.md`),
				reasons: [`it was imported before as ${target(`${before}.md`)}; run with --force to move it to its new number`],
			});
			continue;
		}
		if (action === 'overwritten' && !options.force) {
			failed.push({
				source: record.source,
				target: target(`${record.id}.md`),
				reasons: [`${target(`${record.id}.md`)} exists and differs; run with --force to overwrite it`],
			});
			continue;
		}
		written.push({ source: record.source, target: target(`${record.id}.md`), action, from: record.from, to: record.to });
		if (options.dryRun || action === 'unchanged') continue;
		mkdirSync(decisions, { recursive: true });
		writeFileSync(file, record.text);
		if (before !== undefined && before !== record.id) rmSync(path.join(decisions, `${before}.md`), { force: true });
	}

	const copied: WrittenFile[] = [];
	const shown = new Set(plan.records.flatMap((record) => record.images));
	for (const image of shown) {
		const file = path.join(decisions, image);
		const content = readFileSync(path.join(source, image));
		const action = actionFor(file, content);
		if (action === 'overwritten' && !options.force) {
			failed.push({
				source: image,
				target: target(image),
				reasons: [`${target(image)} exists and differs; run with --force to overwrite it`],
			});
			continue;
		}
		copied.push({ source: image, target: target(image), action });
		if (options.dryRun || action === 'unchanged') continue;
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, content);
	}
	for (const image of images) if (!shown.has(image)) skipped.push({ source: image, reason: 'an image no imported record shows' });

	return {
		source: displayPath(source),
		target: displayPath(decisions),
		dryRun: options.dryRun ?? false,
		plan,
		records: written,
		images: copied,
		skipped: skipped.concat(plan.skipped),
		failed,
	};
}
