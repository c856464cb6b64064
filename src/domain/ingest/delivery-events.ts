import { isMap, isPair, isScalar, parseDocument } from 'yaml';
import { nearest } from '../nearest.ts';
import type { Problem } from '../problem.ts';
import { type CsvHeader, type Field, type RowPlace, fieldProblem, readCsvRow, readTeam } from './input.ts';
import { parseIsoTime } from './time.ts';

/** The columns of a delivery events CSV, and the keys of a delivery events JSON line. */
export const DELIVERY_COLUMNS = ['type', 'id', 'time', 'team', 'changes', 'status', 'deployment', 'resolved', 'fixes'] as const;
type Column = (typeof DELIVERY_COLUMNS)[number];

/** A commit: `time` is the commit time. */
export interface ChangeEvent {
	type: 'change';
	id: string;
	time: number;
	team?: string;
	at: RowPlace;
}

/** A deployment to production; only a successful one reached production. */
export interface DeploymentEvent {
	type: 'deployment';
	id: string;
	time: number;
	team?: string;
	/** Ids of the changes it shipped. */
	changes: string[];
	status: 'success' | 'failure';
	/** Id of the incident this deployment was made to fix (rework). */
	fixes?: string;
	at: RowPlace;
}

/** A production incident: `time` is when it was opened; `resolved` is missing while it is open. */
export interface IncidentEvent {
	type: 'incident';
	id: string;
	time: number;
	team?: string;
	/** Id of the deployment that caused it. */
	deployment?: string;
	resolved?: number;
	at: RowPlace;
}

export type DeliveryEvent = ChangeEvent | DeploymentEvent | IncidentEvent;

/** The fields each event type may carry beyond type, id, time and team. */
const OWN_FIELDS: Record<DeliveryEvent['type'], readonly Column[]> = {
	change: [],
	deployment: ['changes', 'status', 'fixes'],
	incident: ['deployment', 'resolved'],
};

const TIME_HINT = 'write an ISO 8601 time with a UTC offset, such as 2026-03-01T14:30:00Z or 2026-03-01T15:30:00+01:00';

/** Reads one event from its fields, whichever file format they came from; every problem of the row at once. */
function eventOf(
	field: (name: Column) => Field,
	changes: { ids: string[]; field: Field },
	at: RowPlace,
	teams: ReadonlySet<string>,
): { event: DeliveryEvent } | { problems: Problem[] } {
	const problems: Problem[] = [];
	const type = field('type');
	if (type.text !== 'change' && type.text !== 'deployment' && type.text !== 'incident') {
		const match = nearest(type.text, ['change', 'deployment', 'incident']);
		const hint = match ? `did you mean "${match}"?` : 'each event is a change, a deployment or an incident';
		return { problems: [fieldProblem(at, 'type', type, 'expected change, deployment or incident', hint)] };
	}
	const kind = type.text;
	const id = field('id');
	if (id.text === '') problems.push(fieldProblem(at, 'id', id, `a ${kind} needs an id`, `give each ${kind} the id its source system uses`));
	const time = field('time');
	const when = parseIsoTime(time.text);
	if (when === undefined) problems.push(fieldProblem(at, 'time', time, 'expected an ISO 8601 time with a UTC offset', TIME_HINT));
	const team = readTeam(field('team'), at, teams);
	if ('problem' in team) problems.push(team.problem);
	for (const name of DELIVERY_COLUMNS.slice(4)) {
		const value = name === 'changes' ? changes.field : field(name);
		if (value.text !== '' && !OWN_FIELDS[kind].includes(name)) {
			problems.push(fieldProblem(at, name, value, `a ${kind} has no ${name}`, `leave ${name} empty on a ${kind} row`));
		}
	}
	let status: DeploymentEvent['status'] | undefined;
	if (kind === 'deployment') {
		const written = field('status');
		if (written.text === 'success' || written.text === 'failure') status = written.text;
		else
			problems.push(
				fieldProblem(
					at,
					'status',
					written,
					'expected success or failure',
					'a deployment that reached production is a success; any other is a failure',
				),
			);
	}
	let resolved: number | undefined;
	if (kind === 'incident' && field('resolved').text !== '') {
		const written = field('resolved');
		resolved = parseIsoTime(written.text);
		if (resolved === undefined)
			problems.push(fieldProblem(at, 'resolved', written, 'expected an ISO 8601 time with a UTC offset', TIME_HINT));
		else if (when !== undefined && resolved < when)
			problems.push(
				fieldProblem(
					at,
					'resolved',
					written,
					`the incident is resolved before it was opened at ${time.text}`,
					'check both times and their UTC offsets',
				),
			);
	}
	if (problems.length > 0 || when === undefined || 'problem' in team) return { problems };
	const common = { id: id.text, time: when, ...(team.team ? { team: team.team } : {}), at };
	if (kind === 'change') return { event: { type: 'change', ...common } };
	if (kind === 'deployment') {
		const fixes = field('fixes').text;
		return { event: { type: 'deployment', ...common, changes: changes.ids, status: status!, ...(fixes ? { fixes } : {}) } };
	}
	const deployment = field('deployment').text;
	return { event: { type: 'incident', ...common, ...(deployment ? { deployment } : {}), ...(resolved === undefined ? {} : { resolved }) } };
}

/** The change ids of a `changes` cell: `;`-separated, blanks ignored. */
const splitChanges = (text: string): string[] =>
	text
		.split(';')
		.map((id) => id.trim())
		.filter((id) => id !== '');

/** Reads one row of a delivery events CSV (header: see DELIVERY_COLUMNS; `changes` separated by `;`). */
export function readDeliveryCsvRow(
	header: CsvHeader,
	text: string,
	at: RowPlace,
	teams: ReadonlySet<string>,
): { event: DeliveryEvent } | { problems: Problem[] } {
	const row = readCsvRow(header, text, at);
	if ('problem' in row) return { problems: [row.problem] };
	const changes = row.field('changes');
	return eventOf(row.field, { ids: splitChanges(changes.text), field: changes }, at, teams);
}

/** The column (1-based) where the value of `key` starts in a one-line JSON object, found on its syntax tree; 1 when it cannot be found. */
function columnOfKey(text: string, key: string): number {
	const contents = parseDocument(text).contents;
	if (!isMap(contents)) return 1;
	const pair = contents.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
	const node = (pair?.value ?? pair?.key) as { range?: [number, number, number] } | undefined;
	return node?.range ? node.range[0] + 1 : 1;
}

/** A field of a JSON line; its column is found on the line's syntax tree only when a problem asks for it, as most lines have none. */
class JsonField implements Field {
	readonly line: string;
	readonly key: string | undefined;
	readonly text: string;
	constructor(line: string, key: string | undefined, text: string) {
		this.line = line;
		this.key = key;
		this.text = text;
	}
	get column(): number {
		return this.key === undefined ? 1 : columnOfKey(this.line, this.key);
	}
}

/** Reads one line of a delivery events JSON lines file: an object with the keys of DELIVERY_COLUMNS, `changes` an array of ids. */
export function readDeliveryJsonLine(
	text: string,
	at: RowPlace,
	teams: ReadonlySet<string>,
): { event: DeliveryEvent } | { problems: Problem[] } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			problems: [
				{
					...at,
					column: 1,
					field: '',
					value: text,
					message: 'this line is not valid JSON',
					hint: 'write each event as one JSON object on its own line',
				},
			],
		};
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		return {
			problems: [
				{
					...at,
					column: 1,
					field: '',
					value: text,
					message: 'this line is not a JSON object',
					hint: 'write each event as one {"type": ...} object on its own line',
				},
			],
		};
	}
	const record = data as Record<string, unknown>;
	const problems: Problem[] = [];
	for (const key of Object.keys(record)) {
		if ((DELIVERY_COLUMNS as readonly string[]).includes(key)) continue;
		const match = nearest(key, DELIVERY_COLUMNS);
		problems.push({
			...at,
			column: columnOfKey(text, key),
			field: key,
			value: record[key],
			message: `a delivery event has no key "${key}"`,
			hint: match ? `did you mean "${match}"?` : `the keys are ${DELIVERY_COLUMNS.join(', ')}`,
		});
	}
	const placed = (name: string, fieldText: string): Field => new JsonField(text, record[name] === undefined ? undefined : name, fieldText);
	const field = (name: Column): Field => {
		const value = record[name];
		if (value === undefined || value === null) return placed(name, '');
		if (typeof value === 'string') return placed(name, value.trim());
		problems.push({
			...at,
			column: columnOfKey(text, name),
			field: name,
			value,
			message: `expected ${name} to be a string`,
			hint: `write "${name}": "..." in quotes`,
		});
		return placed(name, '');
	};
	const rawChanges = record.changes;
	let changes: { ids: string[]; field: Field } = { ids: [], field: placed('changes', '') };
	if (Array.isArray(rawChanges) && rawChanges.every((id) => typeof id === 'string')) {
		changes = { ids: rawChanges.map((id) => id.trim()).filter((id) => id !== ''), field: placed('changes', rawChanges.join(';')) };
	} else if (rawChanges !== undefined && rawChanges !== null) {
		problems.push({
			...at,
			column: columnOfKey(text, 'changes'),
			field: 'changes',
			value: rawChanges,
			message: 'expected changes to be an array of change ids',
			hint: 'write "changes": ["c1", "c2"]',
		});
	}
	const result = eventOf(field, changes, at, teams);
	if (problems.length > 0) return { problems: [...problems, ...('problems' in result ? result.problems : [])] };
	return result;
}
