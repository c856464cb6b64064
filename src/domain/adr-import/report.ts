import type { Failure, ImportPlan } from './plan.ts';

/** What happened, or in a dry run would happen, to one file the import writes. */
export type WriteAction = 'written' | 'overwritten' | 'unchanged';

export interface WrittenFile {
	/** The source file, relative to the imported folder. */
	source: string;
	/** Where it goes, as the report shows it: content/decisions/0007-x.md. */
	target: string;
	action: WriteAction;
	/** For a record: its number in the source's file name (if any) and in Trailmap. */
	from?: number;
	to?: number;
}

/** Everything an import did, for the report and the exit code. */
export interface ImportResult {
	/** The imported folder and the decisions folder, as the report names them. */
	source: string;
	target: string;
	dryRun: boolean;
	plan: ImportPlan;
	records: WrittenFile[];
	images: WrittenFile[];
	/** Files skipped by name (dotfiles, README, templates, other types, folders, images no record shows). */
	skipped: { source: string; reason: string }[];
	/** Records and images that could not be written: the plan's failures and files that would be overwritten without --force. */
	failed: Failure[];
}

const adr = (number: number | undefined) => (number === undefined ? 'no number' : `ADR-${String(number).padStart(4, '0')}`);

const section = (title: string, lines: readonly string[]) => (lines.length === 0 ? [] : ['', `${title} (${lines.length}):`, ...lines]);

const verb = (action: WriteAction, dryRun: boolean) =>
	dryRun ? { written: 'would be written', overwritten: 'would be overwritten', unchanged: 'unchanged' }[action] : action;

/** The import report: imported (old file -> new file, number mapping), renumbered, defaulted, images, skipped, notes, failures, and a count line. */
export function formatImportReport(result: ImportResult): string {
	const { plan, dryRun } = result;
	const lines = [`Importing decision records from ${result.source} into ${result.target}${dryRun ? ' (dry run: nothing is written)' : ''}`];
	lines.push(
		...section(
			'Imported',
			result.records.map(
				(file) => `  ${file.source} -> ${file.target} (${adr(file.from)} -> ${adr(file.to)}) ${verb(file.action, dryRun)}`,
			),
		),
	);
	if (plan.offset !== 0) {
		lines.push('', `Every number is shifted by ${plan.offset} so none collides with a record already in ${result.target}.`);
	}
	lines.push(
		...section(
			'Renumbered',
			plan.renumbered.map((entry) => `  ${entry.file}: ${adr(entry.from)} -> ${adr(entry.to)} (${entry.reason})`),
		),
	);
	lines.push(
		...section(
			'Defaulted',
			plan.defaulted.map((entry) => `  ${entry.source}: ${entry.field} ${entry.value} (${entry.reason})`),
		),
	);
	lines.push(
		...section(
			'Images',
			result.images.map((file) => `  ${file.source} -> ${file.target} ${verb(file.action, dryRun)}`),
		),
	);
	lines.push(
		...section(
			'Skipped',
			result.skipped.map((entry) => `  ${entry.source}: ${entry.reason}`),
		),
	);
	lines.push(
		...section(
			'Notes',
			plan.notes.map((note) => `  ${note.source}: ${note.message}`),
		),
	);
	lines.push(
		...section(
			'Could not import',
			result.failed.flatMap((failure) => [
				`  ${failure.source}${failure.target ? ` -> ${failure.target}` : ''}`,
				...failure.reasons.map((reason) => `    - ${reason}`),
			]),
		).map((line, index) => (index === 1 ? `Could not import (${result.failed.length}):` : line)),
	);
	const changed = result.records.filter((file) => file.action !== 'unchanged').length;
	lines.push(
		'',
		`*** ${result.records.length} imported (${changed} ${dryRun ? 'to write' : 'written'}, ${result.records.length - changed} unchanged), ` +
			`${result.skipped.length} skipped, ${result.failed.length} could not be imported`,
	);
	return lines.join('\n');
}
