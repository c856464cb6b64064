import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Entry } from '../domain/content-set.ts';
import { adoptionMeasurements } from '../domain/ingest/adoption.ts';
import { deliveryMeasurements } from '../domain/ingest/delivery.ts';
import { longRowsByDate } from '../domain/ingest/long-csv.ts';
import type { Measurements } from '../domain/ingest/measurements.ts';
import { type MergePlan, type PatchEntry, formatSnapshotPath, patchOf, planMerge } from '../domain/ingest/snapshot-patch.ts';
import { surveyMeasurements } from '../domain/ingest/survey.ts';
import { type Window, addDays, daysIn } from '../domain/ingest/time.ts';
import { type Problem, formatProblem, sortProblems } from '../domain/problem.ts';
import { REGISTRY } from '../domain/registry.ts';
import { isRealDate } from '../schemas/common.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';
import { listContentFiles } from './content-files.ts';
import { contentDir } from './content-layout.ts';
import { displayPath } from './display-path.ts';
import { readAdoptionInputs, readDeliveryInputs, readLongCsvInputs, readSurveyInputs } from './ingest-inputs.ts';
import { checkContent, today } from './read-content.ts';
import { mergeSnapshotText, newSnapshotText, writeFilesAtomically } from './snapshot-file.ts';

export const INGEST_KINDS = ['delivery', 'survey', 'adoption', 'csv'] as const;
type Kind = (typeof INGEST_KINDS)[number];

export const USAGE = `Usage: npm run metrics:ingest -- KIND FILE... [--from DATE --to DATE] [--date DATE] [--force]

KIND is one of:
  delivery  change, deployment and incident events (CSV or JSON lines): DORA metrics over --from..--to
  survey    survey responses (CSV: respondent,team,recommend,satisfaction): NPS and CSAT
  adoption  a Backstage catalog export (JSON) or CSV service,team,onPlatform: adoption rate
  csv       metric values in the long format date,metric,value,team,samples, each row on its own date

--to defaults to --date, else today; --from to 27 days before --to (a 28-day window, both ends included).
--date is the snapshot written (default --to, else today). A value already in that snapshot is
replaced only with --force.`;

/** Where the command prints: results on `out`, problems and progress on `err`. */
export interface IngestIo {
	out: (line: string) => void;
	err: (line: string) => void;
}

interface Options {
	kind: Kind;
	files: string[];
	window?: Window;
	date?: string;
	force: boolean;
}

/** Reads the command line; a string says what is wrong with it. */
export function parseIngestArgs(argv: readonly string[], day: string): Options | string {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { from: { type: 'string' }, to: { type: 'string' }, date: { type: 'string' }, force: { type: 'boolean', default: false } },
		});
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
	const { values, positionals } = parsed;
	const [kind, ...files] = positionals;
	if (!(INGEST_KINDS as readonly string[]).includes(kind ?? '')) return `the kind "${kind ?? ''}" is not one of ${INGEST_KINDS.join(', ')}`;
	if (files.length === 0) return `name at least one input file for ${kind}`;
	for (const name of ['from', 'to', 'date'] as const) {
		const value = values[name];
		if (value !== undefined && !isRealDate(value)) return `--${name} ${value} is not a real date: write it YYYY-MM-DD`;
	}
	const options: Options = { kind: kind as Kind, files, force: values.force ?? false };
	if (kind === 'csv') {
		if (values.from || values.to || values.date)
			return 'the csv kind writes each row to the snapshot of its own date: leave out --from, --to and --date';
		return options;
	}
	if (kind === 'adoption' && values.from) return 'adoption counts components on one day: leave out --from, and give the day with --date';
	const to = values.to ?? values.date ?? day;
	const from = values.from ?? addDays(to, -27);
	if (from > to) return `--from ${from} is after --to ${to}`;
	// A delivery window always applies; a survey's is recorded with its values when --from gives it.
	if (kind === 'delivery' || values.from) options.window = { from, to };
	options.date = values.date ?? values.to ?? day;
	return options;
}

/** The snapshot files and texts to write, or the problems that stop every write. */
interface Outcome {
	files: Map<string, string>;
	problems: Problem[];
	/** One line per value: where it goes, and whether it is added, replaced or already there. */
	lines: string[];
}

/** Plans the writes of one snapshot day: merging into that day's snapshot, or a new YAML file. */
async function planDay(
	dir: string,
	date: string,
	entries: readonly PatchEntry[],
	existing: Entry<MetricSnapshot> | undefined,
	source: string,
	force: boolean,
	outcome: Outcome,
): Promise<void> {
	const plan: MergePlan = planMerge(existing?.data, entries, force);
	const target = existing ? path.resolve(existing.file) : path.join(dir, REGISTRY.snapshots.folder, `${date}.yaml`);
	const shown = displayPath(target);
	for (const conflict of plan.conflicts) {
		const { line, column } = existing!.locate(conflict.path);
		outcome.problems.push({
			file: shown,
			line,
			column,
			field: formatSnapshotPath(conflict.path),
			value: conflict.before,
			message: `the snapshot already holds ${conflict.before}, and the computed value is ${conflict.value}`,
			hint: 'a value already measured is kept; pass --force to replace it',
		});
	}
	const describe = (entry: PatchEntry & { before?: number }, what: string) =>
		outcome.lines.push(`  ${formatSnapshotPath(entry.path)} = ${entry.value}  (${what})`);
	outcome.lines.push(`${shown} (${date}):`);
	for (const entry of plan.writes) describe(entry, entry.before === undefined ? 'added' : `replaces ${entry.before}`);
	for (const entry of plan.unchanged) describe(entry, 'already there');
	for (const entry of plan.conflicts) describe(entry, `kept ${entry.before}: differs`);
	if (plan.writes.length === 0) return;
	const text = existing
		? mergeSnapshotText(target, await readFile(target, 'utf8'), date, plan.writes)
		: newSnapshotText(date, source, plan.writes);
	outcome.files.set(target, text);
}

/**
 * Runs the content check on a copy of the content folder with the new snapshot texts in place, so
 * nothing is written that the check (and so the build) would refuse. Problems name the real files.
 */
async function checkWithChanges(dir: string, files: ReadonlyMap<string, string>, day: string): Promise<Problem[]> {
	const copy = await mkdtemp(path.join(tmpdir(), 'trailmap-ingest-'));
	try {
		for (const relative of listContentFiles(dir).files) {
			await mkdir(path.dirname(path.join(copy, relative)), { recursive: true });
			await copyFile(path.join(dir, relative), path.join(copy, relative));
		}
		for (const [target, text] of files) {
			const relative = path.relative(dir, target);
			await mkdir(path.dirname(path.join(copy, relative)), { recursive: true });
			await writeFile(path.join(copy, relative), text);
		}
		// The copy's bodies are the folder's own, so their checks are kept in (and read from) its cache.
		const { problems } = await checkContent(copy, day, { keepBodyChecks: true, bodyChecksOf: dir });
		const copyShown = displayPath(copy);
		return problems.map((problem) =>
			problem.file.startsWith(copyShown)
				? { ...problem, file: displayPath(path.join(dir, path.relative(copyShown, problem.file))) }
				: problem,
		);
	} finally {
		await rm(copy, { recursive: true, force: true });
	}
}

const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

function report(io: IngestIo, problems: readonly Problem[], what: string): number {
	for (const problem of sortProblems(problems)) io.err(`${formatProblem(problem)}\n`);
	io.err(`*** Found ${count(problems.length, 'problem')} ${what}; nothing was written`);
	return 1;
}

/**
 * `npm run metrics:ingest`: reads input files of one kind, computes metric values, and merges them
 * into the snapshot of a day under the content folder, all or nothing. Returns the exit code.
 */
export async function ingestMetrics(argv: readonly string[], io: IngestIo): Promise<number> {
	const day = today();
	const options = parseIngestArgs(argv, day);
	if (typeof options === 'string') {
		io.err(`${options}\n\n${USAGE}`);
		return 2;
	}
	const dir = contentDir();
	const checked = await checkContent(dir, day, { keepBodyChecks: true });
	if (checked.problems.length > 0)
		return report(io, checked.problems, 'in the content folder; fix them (npm run content:check) before ingesting');
	const { content } = checked;
	const teams = new Set(content.teams.map((team) => team.id));
	const metrics = content.metrics;
	const progress = (line: string) => io.err(line);

	const days = new Map<string, PatchEntry[]>();
	const notes: string[] = [];
	let measurements: Measurements | undefined;
	let inputProblems: Problem[];
	if (options.kind === 'delivery') {
		const read = await readDeliveryInputs(options.files, teams, progress);
		const computed = deliveryMeasurements(read.records, options.window!);
		inputProblems = [...read.problems, ...computed.problems];
		measurements = computed.measurements;
	} else if (options.kind === 'survey') {
		const read = await readSurveyInputs(options.files, teams, progress);
		const computed = surveyMeasurements(read.records);
		inputProblems = [...read.problems, ...computed.problems];
		measurements = computed.measurements;
	} else if (options.kind === 'adoption') {
		const marker = content.site?.data.adoption;
		const read = await readAdoptionInputs(options.files, { teams, marker, siteFile: content.site?.file ?? 'site.yaml' }, progress);
		const computed = adoptionMeasurements(read.records);
		inputProblems = [...read.problems, ...computed.problems];
		measurements = computed.measurements;
	} else {
		const read = await readLongCsvInputs(options.files, { metrics: new Set(metrics.map((metric) => metric.id)), teams }, progress);
		const grouped = longRowsByDate(read.records);
		inputProblems = [...read.problems, ...grouped.problems];
		for (const [date, entries] of grouped.byDate) days.set(date, entries);
	}
	if (inputProblems.length > 0) return report(io, inputProblems, 'in the input');

	if (measurements) {
		const { entries, unmapped } = patchOf(measurements, metrics);
		notes.push(...measurements.notes);
		for (const key of unmapped) notes.push(`not written: no metric in definitions.yaml has computedFrom: ${key}`);
		if (entries.length === 0) {
			io.err(
				`Nothing to write: no metric in definitions.yaml is computed from what ${options.kind} input gives (${unmapped.join(', ') || 'nothing was measured'}).\nHint: set computedFrom on the metrics these inputs measure.`,
			);
			return 1;
		}
		days.set(options.date!, entries);
	}

	const inputs = options.files.map((file) => path.basename(file)).join(', ');
	const window = options.window ? `, ${options.window.from} to ${options.window.to}` : '';
	const source = `npm run metrics:ingest ${options.kind} from ${inputs}${window}`;
	const outcome: Outcome = { files: new Map(), problems: [], lines: [] };
	for (const [date, entries] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
		const existing = content.snapshots.find((snapshot) => snapshot.data.date === date);
		await planDay(dir, date, entries, existing, source, options.force, outcome);
	}
	if (options.window)
		io.out(`${options.kind} over ${options.window.from} to ${options.window.to} (${count(daysIn(options.window), 'day')})`);
	for (const line of outcome.lines) io.out(line);
	for (const note of notes) io.out(`note: ${note}`);
	if (outcome.problems.length > 0) return report(io, outcome.problems, 'with values already measured');
	if (outcome.files.size === 0) {
		io.out('Every value is already in its snapshot; nothing changed.');
		return 0;
	}
	const problems = await checkWithChanges(dir, outcome.files, day);
	if (problems.length > 0) return report(io, problems, 'in the snapshot as it would be written');
	await writeFilesAtomically(outcome.files);
	for (const file of outcome.files.keys()) io.out(`Wrote ${displayPath(file)}`);
	return 0;
}
