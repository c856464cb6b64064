import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { decisionLabel, resolveDecisionRef } from '../domain/decision-refs.ts';
import { didYouMean, suggestValue, withArticle } from '../domain/nearest.ts';
import { type FileCollection, REGISTRY, SINGLE_FILE_COLLECTIONS, classify, patternExtensions } from '../domain/registry.ts';
import { NEW_ENTRY_TYPES, TEMPLATES, nextDecisionNumber, slugify, templatedCollection } from '../domain/templates.ts';
import { IdSchema } from '../schemas/common.ts';
import { listContentFiles } from './content-files.ts';
import { parseYamlSource } from './source-file.ts';

/** A request `content:new` cannot carry out, with what to do instead. */
export class NewEntryError extends Error {
	readonly hint: string;
	constructor(message: string, hint: string) {
		super(message);
		this.name = 'NewEntryError';
		this.hint = hint;
	}
}

export interface NewEntryRequest {
	/** persona, journey, roadmap, decision, guide, metric, team or area. */
	type: string;
	title: string;
	/** The id to use instead of the title's slug. */
	id?: string;
	areas?: readonly string[];
	owners?: readonly string[];
	personas?: readonly string[];
	/** Records a new decision supersedes: 7, 0007, ADR-0007 or an id. */
	supersedes?: readonly string[];
	/** A guide's folder under guides/, such as basics. */
	section?: string;
	/** The file's extension where the collection allows several, such as md for a roadmap item with a body. */
	extension?: string;
	/** YYYY-MM-DD. */
	today: string;
}

export interface NewEntryResult {
	/** The file written or appended to, relative to the content folder. */
	file: string;
	id: string;
	/** Other files changed, relative to the content folder, each with what changed. */
	changed: { file: string; change: string }[];
	/** What the author still has to fill or check. */
	notes: string[];
}

/** The ids of every collection in a content folder: entry files by name, list files by their entries' id. */
function existingIds(dir: string): Map<string, Set<string>> {
	const ids = new Map<string, Set<string>>();
	const add = (collection: string, id: string) => ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
	for (const relative of listContentFiles(dir).files) {
		const kind = classify(relative);
		if (kind && 'id' in kind) add(kind.kind, kind.id);
	}
	for (const collection of SINGLE_FILE_COLLECTIONS) {
		const spec = REGISTRY[collection];
		if (spec.shape !== 'list') continue;
		const file = path.join(dir, spec.file);
		if (!existsSync(file)) continue;
		const { data } = parseYamlSource(readFileSync(file, 'utf8'), file);
		if (Array.isArray(data))
			for (const item of data) if (typeof (item as { id?: unknown })?.id === 'string') add(collection, (item as { id: string }).id);
	}
	return ids;
}

/** The given ids; or, when none is given, the first id of the collection, noted for the author. */
function orFirst(
	given: readonly string[] | undefined,
	known: ReadonlySet<string>,
	kind: string,
	option: string,
	notes: string[],
): string[] {
	if (given && given.length > 0) return [...given];
	const first = [...known].sort()[0];
	if (first === undefined) return [];
	notes.push(`${kind} is set to "${first}", the first ${kind} id; change it or pass ${option}`);
	return [first];
}

/** The decision id a `--supersedes` value names: 7, 0007, ADR-0007 or an id. */
function resolveSuperseded(ref: string, decisions: readonly string[]): string {
	const asLabel = /^\d+$/.test(ref.trim()) ? `ADR-${ref.trim()}` : ref;
	const id = resolveDecisionRef(asLabel, decisions);
	if (!id) {
		throw new NewEntryError(
			`no decision record is "${ref}"`,
			didYouMean(asLabel, decisions.map(decisionLabel)) ?? 'give the number of an existing record, such as --supersedes 7',
		);
	}
	return id;
}

/**
 * Marks a superseded record as such, touching only its `status` value (and, where the record keeps a
 * status `history`, adding the change to it), so the rest of the file stays as the author wrote it.
 */
function markSuperseded(file: string, by: string, today: string): string {
	const source = readFileSync(file, 'utf8');
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/.exec(source);
	if (!match)
		throw new NewEntryError(`${file} has no front matter to mark superseded`, 'add its front matter first, then run content:new again');
	const [, open, front, close] = match;
	const rest = source.slice(match[0].length);
	const doc = parseDocument(front, { keepSourceTokens: true });
	const history = doc.get('history', true);
	if (isSeq(history)) {
		doc.set('status', 'superseded');
		history.add(doc.createNode({ status: 'superseded', date: today, note: `superseded by ${decisionLabel(by)}` }));
		writeFileSync(file, `${open}${doc.toString().replace(/\n$/, '')}${close}${rest}`);
		return 'status: superseded, and the change added to its history';
	}
	const status = doc.get('status', true);
	if (!isMap(doc.contents) || !isScalar(status) || !status.range) {
		throw new NewEntryError(`${file} has no status field to mark superseded`, 'add status: superseded to it by hand');
	}
	const [start, end] = status.range;
	writeFileSync(file, `${open}${front.slice(0, start)}superseded${front.slice(end)}${close}${rest}`);
	return 'status: superseded';
}

/**
 * Creates a new entry from its template in a content folder: a file for personas, journeys, roadmap
 * items, decisions and guides, an entry appended to the list file for metrics, teams and areas. Never
 * overwrites; a new decision takes the next free number and, with `supersedes`, marks the records it
 * replaces superseded.
 */
export function createEntry(dir: string, request: NewEntryRequest): NewEntryResult {
	const { type, title, today } = request;
	const collection = templatedCollection(type);
	if (!collection) {
		throw new NewEntryError(
			`there is no content type "${type}"`,
			didYouMean(type, NEW_ENTRY_TYPES) ?? `use one of ${NEW_ENTRY_TYPES.join(', ')}`,
		);
	}
	if (title.trim() === '')
		throw new NewEntryError('the title is empty', `write it in quotes after the type: content:new ${type} "My title"`);
	const ids = existingIds(dir);
	const known = (name: string) => ids.get(name) ?? new Set<string>();
	const slug = request.id ?? slugify(title);
	if (!IdSchema.safeParse(slug).success) {
		throw new NewEntryError(
			`"${slug}" is not a kebab-case id`,
			'pass --id with lower-case words joined by hyphens, such as --id preview-environments',
		);
	}
	const decisions = [...known('decisions')];
	const id = collection === 'decisions' ? `${nextDecisionNumber(decisions)}-${slug}` : slug;
	if (known(collection).has(id)) {
		throw new NewEntryError(
			`${withArticle(REGISTRY[collection].noun)} with the id "${id}" already exists`,
			'choose another title, or pass --id',
		);
	}
	for (const [option, values, kind, noun] of [
		['--area', request.areas, 'areas', 'area'],
		['--owner', request.owners, 'teams', 'team'],
		['--persona', request.personas, 'personas', 'persona'],
	] as const) {
		for (const ref of values ?? []) {
			if (!known(kind).has(ref))
				throw new NewEntryError(`${option} ${ref}: no ${noun} has this id`, suggestValue(ref, [...known(kind)], noun));
		}
	}
	const notes: string[] = [];
	const supersedes = (request.supersedes ?? []).map((ref) => resolveSuperseded(ref, decisions));
	const spec = REGISTRY[collection];
	const extensions = spec.shape === 'files' ? patternExtensions(collection as FileCollection) : ['yaml'];
	const extension = request.extension ?? extensions[0];
	if (!extensions.includes(extension)) {
		throw new NewEntryError(
			`${withArticle(spec.noun)} cannot be a .${extension} file`,
			`use one of ${extensions.map((e) => `.${e}`).join(', ')}`,
		);
	}
	const text = TEMPLATES[collection].write({
		id,
		title: title.trim(),
		today,
		format: extension === 'mdx' ? 'mdx' : extension === 'md' ? 'md' : 'yaml',
		areas: collection === 'roadmap' ? orFirst(request.areas, known('areas'), 'area', '--area', notes) : request.areas,
		owners: collection === 'roadmap' ? orFirst(request.owners, known('teams'), 'team', '--owner', notes) : request.owners,
		personas: collection === 'journeys' ? orFirst(request.personas, known('personas'), 'persona', '--persona', notes) : request.personas,
		supersedes,
	});

	let file: string;
	if (spec.shape === 'files') {
		const section = request.section ? `${request.section.replace(/^\/+|\/+$/g, '')}/` : '';
		file = `${spec.folder}/${section}${id}.${extension}`;
		const target = path.join(dir, file);
		mkdirSync(path.dirname(target), { recursive: true });
		// "wx" fails if the file exists, so a race with another writer cannot overwrite it either.
		writeFileSync(target, text, { flag: 'wx' });
	} else {
		file = spec.file;
		const target = path.join(dir, file);
		const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
		const separator = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
		writeFileSync(target, `${before}${separator}${text}`);
	}

	const changed = supersedes.map((old) => {
		const oldFile = listContentFiles(dir).files.find((relative) => {
			const kind = classify(relative);
			return kind && 'id' in kind && kind.kind === 'decisions' && kind.id === old;
		})!;
		return { file: oldFile, change: markSuperseded(path.join(dir, oldFile), id, today) };
	});
	return { file, id, changed, notes };
}
