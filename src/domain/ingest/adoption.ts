/**
 * Platform adoption: the share of components (services) that are on the platform, overall and per
 * owning team, with the counts it is computed from. Components come from a Backstage catalog export
 * (https://backstage.io/docs/features/software-catalog/descriptor-format) or a plain CSV.
 */
import type { Site } from '../../schemas/site.ts';
import type { Locate, Problem } from '../problem.ts';
import { type CsvHeader, type RowPlace, fieldProblem, readCsvRow, readTeam } from './input.ts';
import { type Measurements, groupBy, percent, put, teamMeasures } from './measurements.ts';

/** The columns of an adoption CSV. */
export const ADOPTION_COLUMNS = { required: ['service', 'team', 'onPlatform'], optional: [], others: 'refuse' } as const;

/** One component and whether it is on the platform. */
export interface Component {
	name: string;
	team?: string;
	onPlatform: boolean;
	/** Where the component's name is written, and the field that holds it. */
	at: RowPlace & { column: number; field: string };
}

const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

/** Reads one row of an adoption CSV (service,team,onPlatform). */
export function readAdoptionRow(
	header: CsvHeader,
	text: string,
	at: RowPlace,
	teams: ReadonlySet<string>,
): { component: Component } | { problems: Problem[] } {
	const row = readCsvRow(header, text, at);
	if ('problem' in row) return { problems: [row.problem] };
	const problems: Problem[] = [];
	const service = row.field('service');
	if (service.text === '')
		problems.push(fieldProblem(at, 'service', service, 'a row needs a service', 'name the service as the catalog does'));
	const team = readTeam(row.field('team'), at, teams);
	if ('problem' in team) problems.push(team.problem);
	const flag = row.field('onPlatform');
	const answer = flag.text.toLowerCase();
	if (!YES.has(answer) && !NO.has(answer)) {
		problems.push(
			fieldProblem(at, 'onPlatform', flag, 'expected true or false', 'write true when the service runs on the platform, false when not'),
		);
	}
	if (problems.length > 0 || 'problem' in team) return { problems };
	return {
		component: {
			name: service.text,
			team: team.team,
			onPlatform: YES.has(answer),
			at: { ...at, column: service.column, field: 'service' },
		},
	};
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The team id of a Backstage owner reference: "checkout", "group:checkout" and
 * "group:default/checkout" all name the team checkout.
 */
export function ownerTeam(owner: string): string {
	const name = owner.includes(':') ? owner.slice(owner.indexOf(':') + 1) : owner;
	return name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
}

/**
 * The components of a Backstage catalog export (a JSON array of entities, or the catalog API's
 * {"items": [...]}): every entity of kind Component, limited to `marker.types` when given. A
 * component is on the platform when it carries the annotation (with a non-empty value) or the tag
 * that site.yaml's `adoption` names. `locate` finds an entity's fields in the file.
 */
export function catalogComponents(
	data: unknown,
	locate: Locate,
	file: string,
	marker: NonNullable<Site['adoption']>,
	teams: ReadonlySet<string>,
): { components: Component[]; problems: Problem[]; skipped: number } {
	const at = (path: (string | number)[]) => ({ file, ...locate(path) });
	const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : undefined;
	const prefix = Array.isArray(data) ? [] : ['items'];
	if (!list) {
		return {
			components: [],
			skipped: 0,
			problems: [
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: 'expected a JSON array of catalog entities',
					hint: 'export the catalog as a JSON array of entities, or as the catalog API\'s {"items": [...]}',
				},
			],
		};
	}
	const components: Component[] = [];
	const problems: Problem[] = [];
	let skipped = 0;
	list.forEach((entity: unknown, index) => {
		const path = [...prefix, index];
		const problem = (field: (string | number)[], value: unknown, message: string, hint: string) => {
			const { line, column } = at([...path, ...field]);
			problems.push({ file, line, column, field: [...path, ...field].join('.'), value, message, hint });
		};
		if (!isRecord(entity) || !isRecord(entity.metadata)) {
			problem(
				[],
				undefined,
				'expected a catalog entity with metadata',
				'each item is an entity: {"kind": "Component", "metadata": {"name": ...}, "spec": {...}}',
			);
			return;
		}
		const spec = isRecord(entity.spec) ? entity.spec : {};
		const kind = typeof entity.kind === 'string' ? entity.kind.toLowerCase() : '';
		if (kind !== 'component' || (marker.types !== undefined && !marker.types.includes(String(spec.type)))) {
			skipped++;
			return;
		}
		const { metadata } = entity;
		if (typeof metadata.name !== 'string' || metadata.name.trim() === '') {
			problem(['metadata', 'name'], metadata.name, 'a component needs a name', 'give metadata.name as Backstage requires');
			return;
		}
		let team: string | undefined;
		if (typeof spec.owner === 'string' && spec.owner.trim() !== '') {
			const place = at([...path, 'spec', 'owner']);
			const read = readTeam(
				{ text: ownerTeam(spec.owner.trim()), column: place.column },
				{ file, line: place.line },
				teams,
				[...path, 'spec', 'owner'].join('.'),
			);
			if ('problem' in read) {
				problems.push({ ...read.problem, value: spec.owner });
				return;
			}
			team = read.team;
		}
		const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
		const tags = Array.isArray(metadata.tags) ? metadata.tags : [];
		const annotated =
			marker.annotation !== undefined &&
			typeof annotations[marker.annotation] === 'string' &&
			(annotations[marker.annotation] as string).trim() !== '';
		const tagged = marker.tag !== undefined && tags.includes(marker.tag);
		const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
		components.push({
			name: `${namespace}/${metadata.name}`,
			team,
			onPlatform: annotated || tagged,
			at: { ...at([...path, 'metadata', 'name']), field: [...path, 'metadata', 'name'].join('.') },
		});
	});
	return { components, problems, skipped };
}

/** Adoption rate overall and per team, with the counts; a component given twice is a problem and counted once. */
export function adoptionMeasurements(components: readonly Component[]): { measurements: Measurements; problems: Problem[] } {
	const seen = new Map<string, Component>();
	const problems: Problem[] = [];
	for (const component of components) {
		const first = seen.get(component.name);
		if (!first) seen.set(component.name, component);
		else
			problems.push({
				...component.at,
				value: component.name,
				message: `the component ${component.name} is listed again; the first is at ${first.at.file}:${first.at.line}`,
				hint: 'list each component once',
			});
	}
	const distinct = [...seen.values()];
	const measurements: Measurements = { overall: {}, teams: new Map(), notes: [] };
	const on = distinct.filter((component) => component.onPlatform).length;
	put(measurements.overall, 'adoption.rate', percent(on, distinct.length));
	measurements.notes.push(`${on} of ${distinct.length} components are on the platform`);
	for (const [team, group] of [...groupBy(distinct, (component) => component.team)].sort(([a], [b]) => a.localeCompare(b))) {
		const teamOn = group.filter((component) => component.onPlatform).length;
		put(teamMeasures(measurements, team), 'adoption.rate', percent(teamOn, group.length));
		measurements.notes.push(`${team}: ${teamOn} of ${group.length} components on the platform`);
	}
	return { measurements, problems };
}
