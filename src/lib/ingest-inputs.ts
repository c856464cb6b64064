import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Component, ADOPTION_COLUMNS, catalogComponents, readAdoptionRow } from '../domain/ingest/adoption.ts';
import { type DeliveryEvent, DELIVERY_COLUMNS, readDeliveryCsvRow, readDeliveryJsonLine } from '../domain/ingest/delivery-events.ts';
import { type CsvHeader, type RowPlace, isBlank, readCsvHeader } from '../domain/ingest/input.ts';
import { type LongRow, LONG_CSV_COLUMNS, readLongRow } from '../domain/ingest/long-csv.ts';
import { type SurveyResponse, SURVEY_COLUMNS, readSurveyRow } from '../domain/ingest/survey.ts';
import type { Problem } from '../domain/problem.ts';
import type { Site } from '../schemas/site.ts';
import { displayPath } from './display-path.ts';
import { forEachLine } from './input-lines.ts';
import { parseYamlSource } from './source-file.ts';

/** Where progress goes: one line per file read, and a line every 100,000 rows of a long one. */
export type Progress = (line: string) => void;

/** What reading input files gave: the records, and the problems of bad rows. */
export interface Read<T> {
	records: T[];
	problems: Problem[];
}

type RowResult<T> = { record: T } | { problems: Problem[] };

/** The system's reason a file cannot be read, as a problem at the file. */
function unreadable(file: string, error: unknown): Problem {
	const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
	return {
		file,
		line: 1,
		column: 1,
		field: '',
		message: `this input file cannot be read (${code})`,
		hint: 'check the path and its permissions',
	};
}

/** Reads every non-blank line of each file into records with the reader `start` makes for the file. */
async function readLines<T>(
	files: readonly string[],
	progress: Progress,
	start: (file: string) => (text: string, at: RowPlace) => RowResult<T>,
): Promise<Read<T>> {
	const records: T[] = [];
	const problems: Problem[] = [];
	for (const input of files) {
		const file = displayPath(path.resolve(input));
		const reader = start(file);
		const before = { records: records.length, problems: problems.length };
		try {
			await forEachLine(
				input,
				(text, line) => {
					if (isBlank(text)) return;
					const result = reader(text, { file, line });
					if ('record' in result) records.push(result.record);
					else problems.push(...result.problems);
				},
				(lines) => progress(`${file}: ${lines.toLocaleString('en')} lines read`),
			);
		} catch (error) {
			problems.push(unreadable(file, error));
			continue;
		}
		const bad = problems.length - before.problems;
		progress(
			`${file}: ${(records.length - before.records).toLocaleString('en')} records${bad > 0 ? `, ${bad.toLocaleString('en')} problems` : ''}`,
		);
	}
	return { records, problems };
}

/** A row reader that takes the file's first line as its CSV header. */
function csvReader<T>(
	columns: Parameters<typeof readCsvHeader>[2],
	row: (header: CsvHeader, text: string, at: RowPlace) => RowResult<T>,
): () => (text: string, at: RowPlace) => RowResult<T> {
	return () => {
		let header: CsvHeader | undefined;
		let headerProblem: Problem | undefined;
		const reader = (text: string, at: RowPlace): RowResult<T> => {
			if (headerProblem) return { problems: [] };
			if (!header) {
				const read = readCsvHeader(text, at, columns);
				if ('problem' in read) {
					headerProblem = read.problem;
					return { problems: [read.problem] };
				}
				header = read.header;
				return { problems: [] };
			}
			return row(header, text, at);
		};
		return reader;
	};
}

const record = <T>(result: { problems: Problem[] } | Record<string, unknown>, key: string): RowResult<T> =>
	'problems' in result ? { problems: result.problems as Problem[] } : { record: result[key] as T };

/** Delivery events from CSV files (by extension) and JSON lines files (any other). */
export function readDeliveryInputs(files: readonly string[], teams: ReadonlySet<string>, progress: Progress): Promise<Read<DeliveryEvent>> {
	return readLines<DeliveryEvent>(files, progress, (file) =>
		file.toLowerCase().endsWith('.csv')
			? csvReader({ required: ['type', 'id', 'time'], optional: DELIVERY_COLUMNS.slice(3), others: 'refuse' }, (header, text, at) =>
					record<DeliveryEvent>(readDeliveryCsvRow(header, text, at, teams), 'event'),
				)()
			: (text, at) => record<DeliveryEvent>(readDeliveryJsonLine(text, at, teams), 'event'),
	);
}

/** Survey responses from CSV files. */
export function readSurveyInputs(files: readonly string[], teams: ReadonlySet<string>, progress: Progress): Promise<Read<SurveyResponse>> {
	return readLines<SurveyResponse>(
		files,
		progress,
		csvReader(SURVEY_COLUMNS, (header, text, at) => record<SurveyResponse>(readSurveyRow(header, text, at, teams), 'response')),
	);
}

/** Long-format metric rows from CSV files. */
export function readLongCsvInputs(
	files: readonly string[],
	known: { metrics: ReadonlySet<string>; teams: ReadonlySet<string> },
	progress: Progress,
): Promise<Read<LongRow>> {
	return readLines<LongRow>(
		files,
		progress,
		csvReader(LONG_CSV_COLUMNS, (header, text, at) => record<LongRow>(readLongRow(header, text, at, known), 'row')),
	);
}

/** Components from Backstage catalog exports (.json) and service,team,onPlatform CSV files. */
export async function readAdoptionInputs(
	files: readonly string[],
	context: { teams: ReadonlySet<string>; marker: Site['adoption']; siteFile: string },
	progress: Progress,
): Promise<Read<Component>> {
	const csv = files.filter((file) => file.toLowerCase().endsWith('.csv'));
	const read = await readLines<Component>(
		csv,
		progress,
		csvReader(ADOPTION_COLUMNS, (header, text, at) => record<Component>(readAdoptionRow(header, text, at, context.teams), 'component')),
	);
	for (const input of files.filter((file) => !csv.includes(file))) {
		const file = displayPath(path.resolve(input));
		if (!context.marker) {
			read.problems.push({
				file: context.siteFile,
				line: 1,
				column: 1,
				field: 'adoption',
				message: `${file} is a catalog export, but site.yaml does not say what marks a component as on the platform`,
				hint: 'add adoption: { annotation: <annotation key> } or adoption: { tag: <tag> } to site.yaml',
			});
			continue;
		}
		let text: string;
		try {
			text = await readFile(input, 'utf8');
		} catch (error) {
			read.problems.push(unreadable(file, error));
			continue;
		}
		const source = parseYamlSource(text, file);
		if (source.data === undefined) {
			read.problems.push(...source.errors.map((problem) => ({ ...problem, hint: 'export the catalog as JSON' })));
			continue;
		}
		const found = catalogComponents(source.data, source.locate, file, context.marker, context.teams);
		read.records.push(...found.components);
		read.problems.push(...found.problems);
		progress(
			`${file}: ${found.components.length.toLocaleString('en')} components, ${found.skipped.toLocaleString('en')} other entities skipped`,
		);
	}
	return read;
}
