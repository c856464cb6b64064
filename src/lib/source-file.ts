import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { FieldPath, Locate, Position, Problem } from '../domain/problem.ts';

/** A parsed content file: its data, a way to find where a field is written, and any syntax errors. */
export interface SourceFile {
	data: unknown;
	locate: Locate;
	/** Markdown/MDX body after the front matter, if any. */
	body?: string;
	/** Line of the file the body starts on. */
	bodyLine?: number;
	errors: Problem[];
}

/** Parses YAML (or JSON, a subset of YAML 1.2) keeping source positions; `lineOffset` shifts front matter. */
export function parseYamlSource(text: string, file: string, lineOffset = 0): SourceFile {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const errors: Problem[] = doc.errors.map((error) => ({
		...position(error.pos[0]),
		file,
		field: '',
		message: `this is not valid YAML: ${error.message.split('\n')[0]}`,
		hint: error.code === 'DUPLICATE_KEY' ? 'each key may appear once' : 'check indentation, colons and quotes on this line',
	}));

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

	return { data: errors.length > 0 ? undefined : doc.toJS(), locate, errors };
}

/** Splits `---` front matter from an MD/MDX body and parses it with positions. */
export function parseFrontmatterSource(text: string, file: string): SourceFile {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
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
	const source = parseYamlSource(match[1], file, 1);
	const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
	return { ...source, data: source.data ?? (source.errors.length > 0 ? undefined : {}), body: text.slice(match[0].length), bodyLine };
}

/** Splits one CSV line, honouring double quotes ("a, b" and "" for a quote). */
function splitCsvLine(line: string): { value: string; column: number }[] {
	const cells: { value: string; column: number }[] = [];
	let value = '';
	let column = 1;
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted) {
			if (char === '"' && line[i + 1] === '"') {
				value += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				value += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			cells.push({ value, column });
			value = '';
			column = i + 2;
		} else {
			value += char;
		}
	}
	cells.push({ value, column });
	return cells;
}

const CSV_COLUMNS = ['date', 'metric', 'value', 'team', 'n'] as const;

/**
 * Parses a metric snapshot CSV (header date,metric,value[,team][,n]; one row per value, all rows one
 * date) into the snapshot shape, remembering the cell of every value.
 */
export function parseSnapshotCsv(text: string, file: string): SourceFile {
	const lines = text.split(/\r?\n/);
	const positions = new Map<string, Position>();
	const errors: Problem[] = [];
	const header = splitCsvLine(lines[0] ?? '').map((cell) => cell.value.trim());
	const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
	const missing = ['date', 'metric', 'value'].filter((name) => !header.includes(name));
	if (unknown.length > 0 || missing.length > 0) {
		errors.push({
			file,
			line: 1,
			column: 1,
			field: '',
			value: lines[0],
			message: 'the CSV header is not date,metric,value[,team][,n]',
			hint: `columns must be from: ${CSV_COLUMNS.join(', ')}`,
		});
		return { data: undefined, locate: () => ({ line: 1, column: 1 }), errors };
	}
	const index = Object.fromEntries(header.map((name, i) => [name, i]));
	const values: Record<string, unknown> = {};
	const teams: Record<string, Record<string, unknown>> = {};
	const samples: Record<string, unknown> = {};
	let date: string | undefined;
	/** A cell as a number where it is one; otherwise the text, so the schema reports the value as written. */
	const toNumber = (raw: string) => (raw.trim() === '' || Number.isNaN(Number(raw)) ? raw : Number(raw));

	lines.slice(1).forEach((line, i) => {
		if (line.trim() === '') return;
		const lineNumber = i + 2;
		const cells = splitCsvLine(line);
		const cell = (name: string) => cells[index[name]] ?? { value: '', column: line.length + 1 };
		const rowDate = cell('date').value.trim();
		if (date === undefined) {
			date = rowDate;
			positions.set('date', { line: lineNumber, column: cell('date').column });
		} else if (rowDate !== date) {
			errors.push({
				file,
				line: lineNumber,
				column: cell('date').column,
				field: 'date',
				value: rowDate,
				message: `every row of a snapshot has one date, and the first row says ${date}`,
				hint: 'put each measurement day in its own file',
			});
		}
		const metric = cell('metric').value.trim();
		const team = index.team === undefined ? '' : cell('team').value.trim();
		const valuePosition = { line: lineNumber, column: cell('value').column };
		if (team) {
			teams[team] ??= {};
			teams[team][metric] = toNumber(cell('value').value);
			positions.set(`teams\u0000${team}`, positions.get(`teams\u0000${team}`) ?? { line: lineNumber, column: cell('team').column });
			positions.set(`teams\u0000${team}\u0000${metric}`, valuePosition);
		} else {
			values[metric] = toNumber(cell('value').value);
			positions.set(`values\u0000${metric}`, valuePosition);
		}
		if (index.n !== undefined && cell('n').value.trim() !== '') {
			samples[metric] = toNumber(cell('n').value);
			positions.set(`samples\u0000${metric}`, { line: lineNumber, column: cell('n').column });
		}
	});

	const locate: Locate = (path) => {
		for (let length = path.length; length > 0; length--) {
			const found = positions.get(path.slice(0, length).join('\u0000'));
			if (found) return found;
		}
		return { line: 1, column: 1 };
	};
	return { data: { date, values, teams, samples }, locate, errors };
}
