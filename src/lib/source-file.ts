import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { FieldPath, Locate, Position, Problem } from '../domain/problem.ts';
import { splitCsvLine } from './csv-line.ts';
import {
	type YamlHazard,
	aliasHazards,
	controlCharacterHazards,
	documentData,
	keyHazards,
	openedAt,
	sameKey,
	tagHazards,
} from './yaml-hazards.ts';

/** A parsed content file: its data, a way to find where a field is written, and any syntax errors. */
export interface SourceFile {
	/**
	 * The file as plain data; undefined when it cannot be read as data. A file can have both data and
	 * errors (a YAML value with an unknown tag, a CSV row given twice): validate the data whenever it is
	 * there, so the schema's problems are reported together with the errors.
	 */
	data: unknown;
	locate: Locate;
	/** Markdown/MDX body after the front matter, if any. */
	body?: string;
	/** Line of the file the body starts on. */
	bodyLine?: number;
	errors: Problem[];
}

/** A text without the UTF-8 byte order mark some editors put first, so parsers and positions start at its first character. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** Hints for the YAML errors a person most often makes; the rest get the general one. */
const YAML_HINTS: Partial<Record<string, string>> = {
	DUPLICATE_KEY: 'each key may appear once',
	BAD_DIRECTIVE: 'remove the line starting with %; content files need no YAML directives',
	MULTIPLE_DOCS: 'keep one document per file: remove the --- line and what follows, or move it to its own file',
};

/**
 * Parses YAML (or JSON, a subset of YAML 1.2) keeping source positions; `lineOffset` shifts front matter.
 * Reports every syntax error and warning, and every tag, alias and character the build's YAML
 * reader (js-yaml, in Astro) would refuse, so the check is at least as strict as the build.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): SourceFile {
	const source = withoutBom(text);
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: sameKey });
	const position = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const hazardProblem = ({ offset, value, message, hint }: YamlHazard): Problem => ({
		...position(offset),
		file,
		field: '',
		value,
		message,
		hint,
	});
	// Tag problems, warnings included, come from tagHazards, which also names tags `yaml` resolves but js-yaml does not.
	const syntax = [...doc.errors, ...doc.warnings].filter((error) => error.code !== 'TAG_RESOLVE_FAILED');
	/** Problems after which the file has no data that both YAML readers agree on. */
	const blocking: Problem[] = [
		...syntax.map((error) => {
			const opening = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' ? openedAt(source, error.pos[0]) : undefined;
			return {
				...position(opening ?? error.pos[0]),
				file,
				field: '',
				message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
				hint:
					opening === undefined
						? (YAML_HINTS[error.code] ?? 'check indentation, colons and quotes on this line')
						: 'the bracket or quote that opens here is never closed; close it where the value ends',
			};
		}),
		...[...aliasHazards(doc), ...keyHazards(doc)].map(hazardProblem),
	];
	/** Problems of one value or character: the rest of the data stands, so its schema problems can be reported too. */
	const local = [...tagHazards(source, doc), ...controlCharacterHazards(source)].map(hazardProblem);
	let data: unknown;
	if (blocking.length === 0) {
		const result = documentData(doc);
		if ('hazard' in result) blocking.push(hazardProblem(result.hazard));
		else data = result.data;
	}
	const errors = [...blocking, ...local];

	const locate: Locate = (path: FieldPath) => {
		let node: unknown = doc.contents;
		let found: Node | null = doc.contents;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
				if (!pair) break;
				found = (pair.value as Node | null) ?? (pair.key as Node);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
				found = node.items[key] as Node;
				node = found;
			} else {
				break;
			}
		}
		return found?.range ? position(found.range[0]) : { line: 1 + lineOffset, column: 1 };
	};

	return { data, locate, errors };
}

/** Splits `---` front matter from an MD/MDX body and parses it with positions. */
export function parseFrontmatterSource(text: string, file: string): SourceFile {
	const source = withoutBom(text);
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
	if (!match) {
		return {
			data: undefined,
			locate: () => ({ line: 1, column: 1 }),
			errors: [
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: 'front matter is missing',
					hint: 'start the file with a --- line, the YAML fields, and another --- line',
				},
			],
		};
	}
	const yaml = parseYamlSource(match[1], file, 1);
	const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
	return { ...yaml, data: yaml.data ?? (yaml.errors.length > 0 ? undefined : {}), body: source.slice(match[0].length), bodyLine };
}

const CSV_COLUMNS = ['date', 'metric', 'value', 'team', 'n'] as const;

/** Spellings of NaN and Infinity that spreadsheets and scripts write, read as those numbers so the schema can name them. */
const NON_FINITE = new Map([
	['nan', NaN],
	['inf', Infinity],
	['+inf', Infinity],
	['-inf', -Infinity],
	['infinity', Infinity],
	['+infinity', Infinity],
	['-infinity', -Infinity],
]);

/** A cell as a number where it is one; otherwise the text, so the schema reports the value as written. */
function toNumber(raw: string): unknown {
	const trimmed = raw.trim();
	const nonFinite = NON_FINITE.get(trimmed.toLowerCase());
	if (nonFinite !== undefined) return nonFinite;
	return trimmed === '' || Number.isNaN(Number(trimmed)) ? raw : Number(trimmed);
}

/**
 * Parses a metric snapshot CSV (header date,metric,value[,team][,n]; one row per value, all rows one
 * date) into the snapshot shape, remembering the cell of every value; n is the sample size of the
 * row's value, organisation-wide or the team's. Reports every row with broken quotes, more cells than
 * the header, or a metric (and team) an earlier row already gave.
 */
export function parseSnapshotCsv(text: string, file: string): SourceFile {
	const lines = withoutBom(text).split(/\r?\n/);
	const positions = new Map<string, Position>();
	const errors: Problem[] = [];
	const headerLine = splitCsvLine(lines[0] ?? '');
	const header = headerLine.cells.map((cell) => cell.value.trim());
	const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
	const missing = ['date', 'metric', 'value'].filter((name) => !header.includes(name));
	if (headerLine.error || unknown.length > 0 || missing.length > 0 || new Set(header).size !== header.length) {
		errors.push({
			file,
			line: 1,
			column: 1,
			field: '',
			value: lines[0],
			message: 'the CSV header is not date,metric,value[,team][,n]',
			hint: `columns must be from: ${CSV_COLUMNS.join(', ')}, each once`,
		});
		return { data: undefined, locate: () => ({ line: 1, column: 1 }), errors };
	}
	const index = new Map(header.map((name, i) => [name, i]));
	// Maps, not objects: a metric or team named __proto__ must not reach an object's prototype.
	const values = new Map<string, unknown>();
	const teams = new Map<string, Map<string, unknown>>();
	const samples = new Map<string, unknown>();
	const teamSamples = new Map<string, Map<string, unknown>>();
	/** Line of the row that gave each team and metric, to point a repeat at the first. */
	const rowOf = new Map<string, number>();
	let date: string | undefined;
	const problem = (line: number, column: number, field: string, value: unknown, message: string, hint: string) =>
		errors.push({ file, line, column, field, value, message, hint });

	lines.slice(1).forEach((line, i) => {
		if (line.trim() === '') return;
		const lineNumber = i + 2;
		const { cells, error } = splitCsvLine(line);
		if (error) {
			problem(lineNumber, error.column, '', line, error.message, error.hint);
			return;
		}
		if (cells.length > header.length) {
			const extra = cells[header.length];
			problem(
				lineNumber,
				extra.column,
				'',
				extra.value,
				`this row has ${cells.length} cells, but the header names ${header.length} columns`,
				'remove the extra cells, or put quotes around a value that contains a comma',
			);
			return;
		}
		const cell = (name: string) => cells[index.get(name) ?? cells.length] ?? { value: '', column: line.length + 1 };
		const rowDate = cell('date').value.trim();
		if (date === undefined) {
			date = rowDate;
			positions.set('date', { line: lineNumber, column: cell('date').column });
		} else if (rowDate !== date) {
			problem(
				lineNumber,
				cell('date').column,
				'date',
				rowDate,
				`every row of a snapshot has one date, and the first row says ${date}`,
				'put each measurement day in its own file',
			);
		}
		const metric = cell('metric').value.trim();
		const team = cell('team').value.trim();
		const field = team ? `teams.${team}.${metric}` : `values.${metric}`;
		const firstRow = rowOf.get(`${team}\u0000${metric}`);
		if (firstRow !== undefined) {
			problem(
				lineNumber,
				cell('metric').column,
				field,
				toNumber(cell('value').value),
				`${team ? `the team ${team} already has` : 'there is already'} a value for ${metric}, on line ${firstRow}`,
				'keep one row per metric (and team) in a snapshot; a new measurement goes in a new file',
			);
			return;
		}
		rowOf.set(`${team}\u0000${metric}`, lineNumber);
		const valuePosition = { line: lineNumber, column: cell('value').column };
		if (team) {
			const teamValues = teams.get(team) ?? teams.set(team, new Map()).get(team)!;
			teamValues.set(metric, toNumber(cell('value').value));
			if (!positions.has(`teams\u0000${team}`)) positions.set(`teams\u0000${team}`, { line: lineNumber, column: cell('team').column });
			positions.set(`teams\u0000${team}\u0000${metric}`, valuePosition);
		} else {
			values.set(metric, toNumber(cell('value').value));
			positions.set(`values\u0000${metric}`, valuePosition);
		}
		if (cell('n').value.trim() !== '') {
			const sampleOf = team ? (teamSamples.get(team) ?? teamSamples.set(team, new Map()).get(team)!) : samples;
			sampleOf.set(metric, toNumber(cell('n').value));
			positions.set(team ? `teamSamples\u0000${team}\u0000${metric}` : `samples\u0000${metric}`, {
				line: lineNumber,
				column: cell('n').column,
			});
		}
	});

	const locate: Locate = (path) => {
		for (let length = path.length; length > 0; length--) {
			const found = positions.get(path.slice(0, length).join('\u0000'));
			if (found) return found;
		}
		return { line: 1, column: 1 };
	};
	const data = {
		date,
		values: Object.fromEntries(values),
		teams: Object.fromEntries([...teams].map(([team, teamValues]) => [team, Object.fromEntries(teamValues)])),
		samples: Object.fromEntries(samples),
		...(teamSamples.size === 0
			? {}
			: { teamSamples: Object.fromEntries([...teamSamples].map(([team, counts]) => [team, Object.fromEntries(counts)])) }),
	};
	return { data, locate, errors };
}
