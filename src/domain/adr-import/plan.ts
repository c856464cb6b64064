import path from 'node:path';
import { DecisionSchema } from '../../schemas/decision.ts';
import { formatFieldPath } from '../problem.ts';
import { readDate } from './dates.ts';
import { decisionId, kebabCase, readFileName } from './file-name.ts';
import { writeRecord } from './front-matter.ts';
import { type Edit, type RecordRef, applyEdits, linkedStem } from './markdown.ts';
import { assignNumbers, type Renumbering } from './numbering.ts';
import { type ImportFormat, type RecordFacts, readRecord } from './record-facts.ts';
import { IMAGE_EXTENSIONS } from './source-files.ts';
import { type DecisionStatus, readStatus } from './status.ts';
import { cleanTitle, isPlaceholder, titleFromSlug } from './title.ts';

/** A record file of the imported folder: its name and text. */
export interface SourceRecord {
	file: string;
	text: string;
}

export interface PlanInput {
	/** The record files directly in the folder, in file-name order. */
	records: readonly SourceRecord[];
	/** Every file under the folder, relative to it with forward slashes: where images are looked for. */
	files: ReadonlySet<string>;
	/** Numbers of the target folder's records that did not come from this folder. */
	taken: ReadonlySet<number>;
	/** The number each record imported from this folder before got, by file name: it keeps it. */
	previous?: ReadonlyMap<string, number>;
	format: ImportFormat;
	/** How the provenance line of an imported record names its source file, such as doc/adr/0001-x.md. */
	origin: (file: string) => string;
	/** The day a file was first committed, for a record that gives no date. */
	firstCommitDate: (file: string) => string | undefined;
	/** Records the content check refused on an earlier pass, with its problems: planned as failures. */
	rejected?: ReadonlyMap<string, readonly string[]>;
}

/** The front matter Trailmap writes for an imported record. */
export interface ImportedData {
	title: string;
	status: DecisionStatus;
	date: string;
	'decision-makers'?: string[];
	consulted?: string[];
	informed?: string[];
	tags?: string[];
	supersedes?: string[];
}

/** A record ready to write: content/decisions/<id>.md with `text`. */
export interface PlannedRecord {
	source: string;
	id: string;
	/** The number its file name gave, if any. */
	from?: number;
	to: number;
	data: ImportedData;
	text: string;
	/** Images it shows, relative to the imported folder; each is copied to the same place under decisions/. */
	images: string[];
}

export interface Skipped {
	source: string;
	reason: string;
}

/** A value the record did not give, and what was used instead. */
export interface Defaulted {
	source: string;
	field: 'status' | 'date';
	value: string;
	reason: string;
}

/** Something the reader of the report should know about a record that was imported. */
export interface Note {
	source: string;
	message: string;
}

/** A record that cannot be imported, and why. */
export interface Failure {
	source: string;
	target?: string;
	reasons: string[];
}

export interface ImportPlan {
	records: PlannedRecord[];
	skipped: Skipped[];
	defaulted: Defaulted[];
	renumbered: Renumbering[];
	/** Added to every number to keep clear of the target folder's records; 0 when nothing collided. */
	offset: number;
	notes: Note[];
	failed: Failure[];
}

/** The provenance line an imported record's body starts with; it also tells a second run which records it wrote. */
export const importMarker = (origin: string): string => `<!-- Imported from ${origin} by npm run decisions:import -->`;

/** The source an import marker names, or undefined when `line` is not one. */
export function markerOrigin(line: string): string | undefined {
	return /^<!-- Imported from (.+) by npm run decisions:import -->$/.exec(line.trim())?.[1];
}

/** The label a record is referred to by in Trailmap: ADR-0007. */
const label = (number: number) => `ADR-${String(number).padStart(4, '0')}`;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** A record read and judged on its own, before numbers and supersession across the folder are settled. */
interface Draft {
	source: string;
	facts: RecordFacts;
	number?: number;
	slug: string;
	title: string;
	status?: DecisionStatus;
	statusDefault?: string;
	date?: string;
	dateDefault?: { value: string; reason: string };
	problems: string[];
}

function draftOf(record: SourceRecord, input: PlanInput): Draft | Skipped {
	const facts = readRecord(record.text, input.format);
	const name = readFileName(record.file);
	const rawTitle = facts.title?.text;
	const title = rawTitle === undefined ? titleFromSlug(name.slug) : cleanTitle(rawTitle);
	if (rawTitle !== undefined && (isPlaceholder(rawTitle) || isPlaceholder(title))) {
		return { source: record.file, reason: `a template (its title is "${rawTitle}")` };
	}
	const problems = facts.error ? [facts.error] : [];
	if (title === '') problems.push('it has no title: no title in front matter, no heading and no words in its file name');

	const readings = facts.statuses.map((found) => ({ found, reading: readStatus(found.text) }));
	const status = readings.find(({ reading }) => reading.status !== undefined)?.reading.status;
	const first = readings[0];
	const statusDefault = status
		? undefined
		: !first
			? 'no status found'
			: first.reading.status === undefined && first.reading.reason === 'placeholder'
				? `the status "${first.found.text}" (${first.found.from}) is a template placeholder`
				: `the status "${first.found.text}" (${first.found.from}) is not a status the importer knows`;

	let date = facts.dates.map((found) => readDate(found.text)).find((value) => value !== undefined);
	let dateDefault: Draft['dateDefault'];
	if (!date) {
		const unreadable = facts.dates.find((found) => !isPlaceholder(found.text));
		const why = unreadable ? `"${unreadable.text}" is not a date` : 'no date found';
		const gitDate = name.date ? undefined : input.firstCommitDate(record.file);
		date = name.date ?? gitDate;
		if (date) dateDefault = { value: date, reason: `${why}; ${name.date ? 'taken from its file name' : 'the day git first saw the file'}` };
		else problems.push(`${why}, and the file has no first commit in git to date it by: add "Date: YYYY-MM-DD" to it`);
	}
	return {
		source: record.file,
		facts,
		number: name.number,
		slug: name.slug || kebabCase(title),
		title,
		status,
		statusDefault,
		date,
		dateDefault,
		problems,
	};
}

/** Finds the record a reference names: by file name without extension, or by the number in its file name. */
function resolver(drafts: readonly Draft[]): (ref: RecordRef) => Draft | undefined {
	const byStem = new Map(drafts.map((draft) => [draft.source.replace(/\.[^.]+$/, '').toLowerCase(), draft]));
	const byNumber = new Map<number, Draft>();
	for (const draft of drafts) if (draft.number !== undefined && !byNumber.has(draft.number)) byNumber.set(draft.number, draft);
	return (ref) => ('stem' in ref ? byStem.get(ref.stem.toLowerCase()) : byNumber.get(ref.number));
}

const describeRef = (ref: RecordRef) => ('stem' in ref ? ref.stem : label(ref.number));

/**
 * Plans the import of a folder of decision records: which files are records, each record's number,
 * title, status, date and people, supersession from both sides, and its body with header lines moved
 * into front matter and links between records pointed at their new pages. Pure: the caller lists
 * the folder, reads git and writes files.
 */
export function planImport(input: PlanInput): ImportPlan {
	const skipped: Skipped[] = [];
	const drafts: Draft[] = [];
	for (const record of input.records) {
		const draft = draftOf(record, input);
		if ('reason' in draft) skipped.push(draft);
		else drafts.push(draft);
	}
	const { numbers, renumbered, offset } = assignNumbers(
		drafts.map((draft) => ({ file: draft.source, number: draft.number })),
		input.taken,
		input.previous,
	);
	const find = resolver(drafts);
	const notes: Note[] = [];
	const idOf = (draft: Draft) => decisionId(numbers.get(draft.source)!, draft.slug);

	// Supersession from both sides, merged: the newer record lists the older one, which is superseded.
	const replaces = new Map<Draft, Set<Draft>>();
	const successors = new Map<Draft, Set<Draft>>();
	const relate = (newer: Draft, older: Draft) => {
		if (newer === older) return;
		replaces.set(newer, (replaces.get(newer) ?? new Set()).add(older));
		successors.set(older, (successors.get(older) ?? new Set()).add(newer));
	};
	for (const draft of drafts) {
		for (const [refs, side] of [
			[draft.facts.supersedes, 'supersedes'],
			[draft.facts.supersededBy, 'superseded-by'],
		] as const) {
			for (const ref of refs) {
				const other = find(ref);
				if (!other) {
					notes.push({
						source: draft.source,
						message: `${side === 'supersedes' ? 'supersedes' : 'is superseded by'} ${describeRef(ref)}, which is not a record of this folder`,
					});
					continue;
				}
				if (side === 'supersedes') relate(draft, other);
				else relate(other, draft);
			}
		}
	}

	/** What a record would be, given the records that will not be written; its problems if it cannot be. */
	const build = (draft: Draft, out: ReadonlySet<Draft>) => {
		const problems = [...draft.problems, ...(input.rejected?.get(draft.source) ?? [])];
		const newer = [...(successors.get(draft) ?? [])].filter((other) => !out.has(other));
		const older = [...(replaces.get(draft) ?? [])].filter((other) => !out.has(other));
		const status: DecisionStatus = newer.length > 0 ? 'superseded' : (draft.status ?? 'accepted');
		if (newer.length === 0 && status === 'superseded') {
			problems.push('it is superseded, but no record imported from this folder says which one replaces it');
		}
		const to = numbers.get(draft.source)!;
		if (to > 9999) problems.push(`its number would be ${to}, but decision numbers have four digits`);
		const lists = {
			'decision-makers': unique(draft.facts.deciders),
			consulted: unique(draft.facts.consulted),
			informed: unique(draft.facts.informed),
			tags: unique(draft.facts.tags.map(kebabCase).filter((tag) => tag !== '')),
			supersedes: older
				.map((other) => numbers.get(other.source)!)
				.sort((a, b) => a - b)
				.map(label),
		};
		const data: ImportedData = {
			title: draft.title,
			status,
			date: draft.date ?? '',
			...Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0)),
		};
		const parsed = DecisionSchema.safeParse(data);
		if (!parsed.success) {
			// A missing date is already explained above.
			for (const issue of parsed.error.issues.filter((issue) => draft.date || issue.path[0] !== 'date')) {
				problems.push(`${formatFieldPath(issue.path as (string | number)[]) || 'front matter'}: ${issue.message}`);
			}
		}
		return { data, newer, problems };
	};

	// A record that cannot be written takes its supersession with it, which may leave another without a successor: repeat until settled.
	const out = new Set<Draft>();
	for (let changed = true; changed;) {
		changed = false;
		for (const draft of drafts) {
			if (out.has(draft) || build(draft, out).problems.length === 0) continue;
			out.add(draft);
			changed = true;
		}
	}

	const records: PlannedRecord[] = [];
	const failed: Failure[] = [];
	const defaulted: Defaulted[] = [];
	const written = new Map(
		drafts.filter((draft) => !out.has(draft)).map((draft) => [draft.source.replace(/\.[^.]+$/, '').toLowerCase(), draft]),
	);
	for (const draft of drafts) {
		const id = idOf(draft);
		const { data, newer, problems } = build(draft, out);
		if (out.has(draft)) {
			failed.push({ source: draft.source, target: `${id}.md`, reasons: problems });
			continue;
		}
		if (newer.length > 0 && draft.status !== 'superseded') {
			const by = newer.map((other) => label(numbers.get(other.source)!)).join(', ');
			notes.push({
				source: draft.source,
				message: `status set to superseded: ${by} supersedes it${draft.status ? ` (it said ${draft.status})` : ''}`,
			});
		}
		if (newer.length === 0 && draft.statusDefault) {
			defaulted.push({ source: draft.source, field: 'status', value: 'accepted', reason: draft.statusDefault });
		}
		if (draft.dateDefault) defaulted.push({ source: draft.source, field: 'date', ...draft.dateDefault });
		if (draft.facts.escaped.length > 0) {
			notes.push({
				source: draft.source,
				message: `${unique(draft.facts.escaped).join(', ')} escaped to show as text: Trailmap's content may not carry that HTML`,
			});
		}
		if (draft.facts.dropped.length > 0) {
			const keys = draft.facts.dropped.map((key) => `"${key}"`).join(', ');
			notes.push({ source: draft.source, message: `front matter ${keys} dropped: Trailmap's decisions have no such field` });
		}
		const body = rewriteBody(draft, input, (stem) => {
			const target = written.get(stem.toLowerCase());
			return target ? idOf(target) : undefined;
		});
		for (const message of body.notes) notes.push({ source: draft.source, message });
		records.push({
			source: draft.source,
			id,
			from: draft.number,
			to: numbers.get(draft.source)!,
			data,
			text: writeRecord(data, importMarker(input.origin(draft.source)), body.text),
			images: body.images,
		});
	}
	return { records, skipped, defaulted, renumbered, offset, notes, failed };
}

/** Text as Markdown shows it literally: its punctuation escaped. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#!|~]/g, (character) => `\\${character}`);

/**
 * The body without what moved into front matter, its links to other records of the folder pointed
 * at their pages, and the images it shows (copied to the same place beside the new record, so their
 * links stay as written).
 */
function rewriteBody(
	draft: Draft,
	input: PlanInput,
	idOfStem: (stem: string) => string | undefined,
): { text: string; images: string[]; notes: string[] } {
	const edits: Edit[] = [...draft.facts.edits];
	const images: string[] = [];
	const notes: string[] = [];
	for (const link of draft.facts.links) {
		const [target, fragment = ''] = link.url.split('#');
		let file: string;
		try {
			file = path.posix.normalize(decodeURIComponent(target.split('?')[0]));
		} catch {
			notes.push(`the link "${link.url}" is kept as written: it is not a valid URL`);
			continue;
		}
		if (IMAGE_EXTENSIONS.has(path.posix.extname(file).toLowerCase())) {
			if (!file.startsWith('../') && input.files.has(file)) {
				images.push(file);
				continue;
			}
			const why = file.startsWith('../') ? 'is outside the folder' : 'does not exist';
			if (link.image) {
				edits.push({ start: link.image.start, end: link.image.end, text: escapeMarkdown(link.image.alt) });
				notes.push(`the image "${link.url}" ${why}, so its text "${link.image.alt}" stands in its place`);
			} else {
				notes.push(`the image "${link.url}" ${why}, so it was not copied`);
			}
			continue;
		}
		const id = link.kind === 'link' ? idOfStem(linkedStem(link.url) ?? '') : undefined;
		if (id) edits.push({ start: link.start, end: link.end, text: `/decisions/${id}/${fragment ? `#${fragment}` : ''}` });
		else
			notes.push(
				`the relative link "${link.url}" is kept as written: it is not a record of this folder, so it will not lead anywhere on the site`,
			);
	}
	return { text: applyEdits(draft.facts.body, edits).trimEnd(), images: unique(images), notes };
}
