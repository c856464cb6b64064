import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isScalar, parseDocument } from 'yaml';
import type { PatchEntry, SnapshotPath } from '../domain/ingest/snapshot-patch.ts';
import { splitCsvLine } from './csv-line.ts';

/** The order of a snapshot's sections in a file this writes. */
const SECTIONS = ['values', 'teams', 'samples', 'teamSamples'] as const;

/** A new snapshot file, as YAML: date, source, then each section that has values. */
export function newSnapshotText(date: string, source: string, writes: readonly PatchEntry[]): string {
	const data: Record<string, unknown> = { date, source };
	for (const section of SECTIONS) {
		const entries = writes.filter((entry) => entry.path[0] === section);
		if (entries.length === 0) continue;
		const map: Record<string, unknown> = {};
		for (const { path: at, value } of entries) {
			if (at.length === 2) map[at[1]] = value;
			else ((map[at[1]] ??= {}) as Record<string, number>)[at[2]] = value;
		}
		data[section] = map;
	}
	return new Document(data).toString({ lineWidth: 0 });
}

/**
 * A YAML snapshot with values set through the `yaml` Document API, so its comments, key order and
 * formatting stay as they were: a value already there is changed in its own node (keeping a comment
 * on its line), a new one is added at the end of its section.
 */
function mergeYaml(text: string, writes: readonly PatchEntry[]): string {
	const doc = parseDocument(text);
	for (const { path: at, value } of writes) {
		const node = doc.getIn(at, true);
		if (isScalar(node)) node.value = value;
		else doc.setIn(at, value);
	}
	return doc.toString({ lineWidth: 0 });
}

/** A JSON snapshot with values set, in its own indentation and key order. */
function mergeJson(text: string, writes: readonly PatchEntry[]): string {
	const data = JSON.parse(text) as Record<string, unknown>;
	for (const { path: at, value } of writes) {
		const section = (data[at[0]] ??= {}) as Record<string, unknown>;
		if (at.length === 2) section[at[1]] = value;
		else ((section[at[1]] ??= {}) as Record<string, unknown>)[at[2]] = value;
	}
	const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
	return `${JSON.stringify(data, null, indent)}${text.endsWith('\n') ? '\n' : ''}`;
}

/** A CSV cell, quoted when it holds a comma, a quote or surrounding spaces. */
const csvCell = (value: string) => (/[",]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A CSV snapshot (date,metric,value[,team][,n]) with values set: a row already there gets its value
 * or n cell changed, a new metric (and team) a new row at the end; a team or n column the header
 * lacks is added to it. Rows not touched keep their text.
 */
function mergeCsv(text: string, date: string, writes: readonly PatchEntry[]): string {
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(/\r?\n/);
	const trailing = lines.at(-1) === '' ? lines.pop() : undefined;
	const header = splitCsvLine(lines[0]).cells.map((cell) => cell.value.trim());
	const needs = {
		team: writes.some((entry) => entry.path.length === 3),
		n: writes.some((entry) => entry.path[0] === 'samples' || entry.path[0] === 'teamSamples'),
	};
	for (const column of ['team', 'n'] as const) if (needs[column] && !header.includes(column)) header.push(column);
	if (header.length !== splitCsvLine(lines[0]).cells.length) lines[0] = header.join(',');
	const rowOf = new Map<string, { line: number; cells: string[] }>();
	lines.slice(1).forEach((line, i) => {
		if (line.trim() === '') return;
		const cells = splitCsvLine(line).cells.map((cell) => cell.value);
		const cell = (name: string) => (cells[header.indexOf(name)] ?? '').trim();
		rowOf.set(`${cell('team')}\u0000${cell('metric')}`, { line: i + 1, cells });
	});
	const keyOf = (at: SnapshotPath) => (at.length === 2 ? `\u0000${at[1]}` : `${at[1]}\u0000${at[2]}`);
	for (const { path: at, value } of writes) {
		const key = keyOf(at);
		let row = rowOf.get(key);
		if (!row) {
			row = { line: lines.length, cells: [] };
			row.cells[header.indexOf('date')] = date;
			row.cells[header.indexOf('metric')] = at.length === 2 ? at[1] : at[2];
			if (at.length === 3) row.cells[header.indexOf('team')] = at[1];
			lines.push('');
			rowOf.set(key, row);
		}
		row.cells[header.indexOf(at[0] === 'values' || at[0] === 'teams' ? 'value' : 'n')] = String(value);
		const cells = row.cells;
		lines[row.line] = header.map((_, i) => csvCell(cells[i] ?? '')).join(',');
	}
	return [...lines, ...(trailing === undefined ? [] : [trailing])].join(newline);
}

/** The text of a snapshot file with `writes` merged in, in the file's own format (by its extension). */
export function mergeSnapshotText(file: string, text: string, date: string, writes: readonly PatchEntry[]): string {
	// A byte order mark some editors write stays where it was, outside what the parsers see.
	const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
	const body = text.slice(bom.length);
	if (file.endsWith('.json')) return bom + mergeJson(body, writes);
	if (file.endsWith('.csv')) return bom + mergeCsv(body, date, writes);
	return bom + mergeYaml(body, writes);
}

/**
 * Writes files all or nothing, as far as a file system allows: every text goes to a temporary file
 * beside its target first, and only when all are written is each renamed over its target (a rename
 * within a folder is atomic, so a reader sees the old file or the new one, never half of one).
 */
export async function writeFilesAtomically(files: ReadonlyMap<string, string>): Promise<void> {
	const temporary = new Map<string, string>();
	try {
		for (const [target, text] of files) {
			const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
			temporary.set(target, temp);
			await writeFile(temp, text, { flag: 'wx' });
		}
		for (const [target, temp] of temporary) await rename(temp, target);
	} finally {
		await Promise.all([...temporary.values()].map((temp) => rm(temp, { force: true })));
	}
}
