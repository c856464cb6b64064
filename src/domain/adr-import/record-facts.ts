import type { Heading, List, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { parse } from 'yaml';
import { isAllowedElement } from '../html-policy.ts';
import { htmlElements } from '../raw-html.ts';
import {
	type Edit,
	type RecordRef,
	linkedStem,
	listOf,
	offsets,
	parseMarkdown,
	refsIn,
	refsInValue,
	textOf,
	urlRange,
	walk,
} from './markdown.ts';

/** The folder layouts the importer knows; `auto` reads every kind of header. */
export const IMPORT_FORMATS = ['auto', 'adr-tools', 'madr', 'log4brains', 'docusaurus', 'table'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where in a record a fact was found, in the words the report uses. */
export type FactSource =
	'front matter' | 'heading' | 'header line' | 'bullet header' | 'Status section' | 'metadata table' | 'superseded note' | 'Links section';

/** The parts of a record each format writes its facts in; front matter is always read. */
type Reader = 'heading' | 'header-line' | 'bullet-header' | 'status-section' | 'metadata-table' | 'superseded-note' | 'links-section';

const ALL_READERS: readonly Reader[] = [
	'heading',
	'header-line',
	'bullet-header',
	'status-section',
	'metadata-table',
	'superseded-note',
	'links-section',
];

const READERS: Record<ImportFormat, ReadonlySet<Reader>> = {
	auto: new Set(ALL_READERS),
	'adr-tools': new Set(['heading', 'header-line', 'status-section', 'links-section']),
	madr: new Set(['heading', 'bullet-header', 'status-section', 'links-section']),
	log4brains: new Set(['heading', 'bullet-header', 'links-section']),
	docusaurus: new Set(['heading', 'superseded-note', 'links-section']),
	table: new Set(['heading', 'metadata-table', 'links-section']),
};

/** A value found in a record, with where it was found. */
export interface Found {
	text: string;
	from: FactSource;
}

/** Everything a record says about itself, before numbering and supersession are settled. */
export interface RecordFacts {
	title?: Found;
	/** Status wordings in the order the importer trusts them: the first that maps to a status wins. */
	statuses: Found[];
	/** Date values in the order the importer trusts them. */
	dates: Found[];
	deciders: string[];
	consulted: string[];
	informed: string[];
	tags: string[];
	/** Records this one says it replaces. */
	supersedes: RecordRef[];
	/** Records this one says replace it. */
	supersededBy: RecordRef[];
	/** Front-matter keys Trailmap has no field for, dropped. */
	dropped: string[];
	/** The body after front matter. */
	body: string;
	/** Edits to the body that take out what moved into front matter. */
	edits: Edit[];
	/** Relative links and images left in the body, with where their URL is written. */
	links: BodyLink[];
	/** Raw HTML Trailmap refuses, such as "<command>" in prose, escaped so it shows as the text the author saw. */
	escaped: string[];
	/** Why the front matter could not be read, if it could not. */
	error?: string;
}

/** A relative link or image of a body and the offsets of its URL, to rewrite it. */
export interface BodyLink {
	url: string;
	kind: 'link' | 'image';
	start: number;
	end: number;
	/** For an image, where the whole image is written and its text, to put the text in its place when it cannot be copied. */
	image?: { start: number; end: number; alt: string };
}

/** Header keys as records write them, mapped to the fact they give. */
const FIELD_OF = {
	status: 'status',
	date: 'date',
	created: 'date',
	'decision-date': 'date',
	deciders: 'deciders',
	'decision-makers': 'deciders',
	'decision-maker': 'deciders',
	decisionmakers: 'deciders',
	consulted: 'consulted',
	informed: 'informed',
	tags: 'tags',
	keywords: 'tags',
	supersedes: 'supersedes',
	supercedes: 'supersedes',
	replaces: 'supersedes',
	'superseded-by': 'superseded-by',
	'superceded-by': 'superseded-by',
	'replaced-by': 'superseded-by',
	title: 'title',
} as const;
type Field = (typeof FIELD_OF)[keyof typeof FIELD_OF];

/** A header key in one form: "Decision Makers", "decision_makers" and "decision-makers" are decision-makers. */
const normaliseKey = (key: string) =>
	key
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');

const fieldOf = (key: string): Field | undefined => (FIELD_OF as Record<string, Field | undefined>)[normaliseKey(key)];

/** Splits one header line, "Status: Accepted" or "**Date:** 2020-01-01", into its key and value. */
export function keyValue(line: string): { field: Field; value: string } | undefined {
	const match = /^\s*([\p{L}][\p{L} _-]{0,30}?)\s*:\s*(.*)$/u.exec(line);
	if (!match) return undefined;
	const field = fieldOf(match[1]);
	return field ? { field, value: match[2].trim() } : undefined;
}

/** What a line relating two records says: "Supersedes [1. X](...)" and "Superseded by ..." are supersession; "Amends" is not. */
export function relationOf(text: string): 'supersedes' | 'superseded-by' | undefined {
	const words = text
		.replace(/^[^\p{L}]+/u, '')
		.toLowerCase()
		.replace(/\s+/g, ' ');
	if (/^(?:superseded|superceded|superseeded|replaced) by\b/.test(words)) return 'superseded-by';
	if (/^(?:supersedes|supercedes|superseeds|replaces)\b/.test(words)) return 'supersedes';
	return undefined;
}

/** Lines of a paragraph, each read on its own with its links, so "Status: superseded by [x](y)" keeps its link. */
function paragraphLines(node: Paragraph, body: string): { text: string; refs: RecordRef[] }[] {
	const { start, end } = offsets(node);
	return body
		.slice(start, end)
		.split('\n')
		.map((line) => {
			const tree = parseMarkdown(line.trim());
			return { text: textOf(tree), refs: refsIn(tree) };
		});
}

/** A front-matter or header value as the text a record shows: lists joined with commas. */
function asText(value: unknown): string {
	if (Array.isArray(value)) return value.map(asText).join(', ');
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return value == null ? '' : JSON.stringify(value);
}

/** Collects the facts of one record as its header lines give them. */
class Collector {
	readonly facts: RecordFacts;

	constructor(body: string) {
		this.facts = {
			statuses: [],
			dates: [],
			deciders: [],
			consulted: [],
			informed: [],
			tags: [],
			supersedes: [],
			supersededBy: [],
			dropped: [],
			body,
			edits: [],
			links: [],
			escaped: [],
		};
	}

	/** Takes one header value; status wordings and dates keep their order of trust, lists merge. */
	take(field: Field, value: unknown, from: FactSource, refs: RecordRef[] = []): void {
		const { facts } = this;
		const text = asText(value);
		switch (field) {
			case 'title':
				facts.title ??= { text, from };
				break;
			case 'status':
				facts.statuses.push({ text, from });
				if (relationOf(text) === 'superseded-by') facts.supersededBy.push(...(refs.length > 0 ? refs : refsInValue(text)));
				break;
			case 'date':
				facts.dates.push({ text, from });
				break;
			case 'deciders':
			case 'consulted':
			case 'informed':
				facts[field].push(...listOf(value));
				break;
			case 'tags':
				facts.tags.push(...listOf(value, /[\s,;]+/));
				break;
			case 'supersedes':
				facts.supersedes.push(...(refs.length > 0 ? refs : refsInValue(value)));
				break;
			case 'superseded-by':
				facts.supersededBy.push(...(refs.length > 0 ? refs : refsInValue(value)));
				break;
		}
	}

	remove(node: Nodes): void {
		this.facts.edits.push({ ...offsets(node), text: '' });
	}
}

/** Splits `---` front matter from the rest, as the content check does. */
function splitFrontMatter(text: string): { yaml?: string; body: string } {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
	return match ? { yaml: match[1], body: text.slice(match[0].length) } : { body: text };
}

function readFrontMatter(yaml: string, into: Collector): void {
	let data: unknown;
	try {
		data = parse(yaml);
	} catch (error) {
		into.facts.error = `its front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
		return;
	}
	if (data === null || data === undefined) return;
	if (typeof data !== 'object' || Array.isArray(data)) {
		into.facts.error = 'its front matter is not a map of fields';
		return;
	}
	for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
		const field = fieldOf(key);
		if (field) into.take(field, value instanceof Date ? value.toISOString().slice(0, 10) : value, 'front matter');
		else into.facts.dropped.push(key);
	}
}

const isHeading = (node: RootContent): node is Heading => node.type === 'heading';

/** A bullet list of "Key: value" items under the title (MADR 2, log4brains); takes the items it knows. */
function readBulletHeader(list: List, body: string, into: Collector): void {
	const known = list.children.map((item) => {
		const first = item.children[0];
		if (first?.type !== 'paragraph') return undefined;
		// A value may wrap onto the next lines of its item.
		const lines = paragraphLines(first, body);
		const pair = keyValue(lines.map((line) => line.text).join(' '));
		return pair ? { item, pair, refs: lines.flatMap((line) => line.refs) } : undefined;
	});
	if (known.every((entry) => entry === undefined)) return;
	for (const entry of known) if (entry) into.take(entry.pair.field, entry.pair.value, 'bullet header', entry.refs);
	if (known.every((entry) => entry !== undefined)) into.remove(list);
	else for (const entry of known) if (entry) into.remove(entry.item);
}

/** A paragraph of "Key: value" lines under the title (adr-tools' "Date: 2016-02-12"); taken only when every line is a known key. */
function readHeaderLines(paragraph: Paragraph, body: string, into: Collector): void {
	const lines = paragraphLines(paragraph, body);
	const pairs = lines.map((line) => ({ pair: keyValue(line.text), refs: line.refs }));
	if (!pairs.every((entry) => entry.pair !== undefined)) return;
	for (const { pair, refs } of pairs) if (pair) into.take(pair.field, pair.value, 'header line', refs);
	into.remove(paragraph);
}

/** A `| Metadata | Value |` table (or any two-column table whose first column is header keys). */
function readMetadataTable(table: Table, into: Collector): void {
	const [head, ...rows] = table.children;
	const headText = head ? textOf(head.children[0] ?? head).toLowerCase() : '';
	const pairs = [head, ...rows].map((row) => ({ field: row?.children[0] ? fieldOf(textOf(row.children[0])) : undefined, row }));
	const isMetadata = ['metadata', 'field', 'key', 'property', 'attribute'].includes(headText) || pairs.filter((p) => p.field).length >= 2;
	if (!isMetadata) return;
	for (const { field, row } of pairs) {
		const cell = row?.children[1];
		if (field && cell) into.take(field, textOf(cell), 'metadata table', refsIn(cell));
	}
	into.remove(table);
}

const ADMONITIONS = new Set(['note', 'info', 'tip', 'caution', 'warning', 'danger', 'important']);
const SUPERSEDED = /\bsupe(?:rs|rc)ee?ded\b/i;

/**
 * Docusaurus' `:::note Superseded` (or `:::warning[Superseded]`) notice: the record is superseded by
 * the records it links to. Returns how many nodes from `index` it spans, 0 when there is none.
 */
function readSupersededNote(nodes: readonly RootContent[], index: number, into: Collector): number {
	const node = nodes[index];
	if (node.type === 'containerDirective') {
		const first = node.children[0];
		const label = first?.type === 'paragraph' && first.data?.directiveLabel ? textOf(first) : '';
		const title = node.attributes?.title ?? '';
		if (!ADMONITIONS.has(node.name) || !(SUPERSEDED.test(label) || SUPERSEDED.test(title) || SUPERSEDED.test(textOf(node)))) return 0;
		into.take('status', 'superseded', 'superseded note');
		into.facts.supersededBy.push(...refsIn(node));
		into.remove(node);
		return 1;
	}
	// Docusaurus also reads ":::note Superseded" with its title after a space, which CommonMark parses as a paragraph.
	if (node.type !== 'paragraph') return 0;
	const opening = textOf(node).split('\n')[0];
	const name = /^:::(\w+)\s+(.*)$/.exec(opening);
	if (!name || !ADMONITIONS.has(name[1].toLowerCase()) || !SUPERSEDED.test(name[2])) return 0;
	let last = index;
	while (last < nodes.length - 1 && !textOf(nodes[last]).endsWith(':::')) last += 1;
	const span = nodes.slice(index, last + 1);
	into.take('status', 'superseded', 'superseded note');
	for (const part of span) into.facts.supersededBy.push(...refsIn(part));
	into.facts.edits.push({ start: offsets(node).start, end: offsets(nodes[last]).end, text: '' });
	return span.length;
}

/** The nodes of a section: from after its heading to the next heading of the same or a higher level. */
function sectionEnd(nodes: readonly RootContent[], headingIndex: number): number {
	const depth = (nodes[headingIndex] as Heading).depth;
	const next = nodes.findIndex((node, i) => i > headingIndex && isHeading(node) && node.depth <= depth);
	return next < 0 ? nodes.length : next;
}

/**
 * adr-tools' `## Status` section: the first paragraph is the status ("Accepted", "Superseded by
 * [3. X](0003-x.md)"), "Supersedes"/"Supercedes" lines relate records; other lines ("Amends ...")
 * stay in the body, under a "Links" heading.
 */
function readStatusSection(nodes: readonly RootContent[], headingIndex: number, body: string, into: Collector): void {
	const end = sectionEnd(nodes, headingIndex);
	let status = false;
	let kept = 0;
	/** Takes one line of the section (a paragraph or a list item); false when it is neither a status nor a supersession. */
	const takeLine = (node: Nodes): boolean => {
		const text = textOf(node);
		const relation = relationOf(text);
		if (relation === 'supersedes') {
			into.take('supersedes', undefined, 'Status section', refsIn(node));
			return true;
		}
		if (relation !== 'superseded-by' && status) return false;
		into.take('status', text, 'Status section', refsIn(node));
		status = true;
		return true;
	};
	for (const node of nodes.slice(headingIndex + 1, end)) {
		if (node.type === 'paragraph') {
			if (takeLine(node)) into.remove(node);
			else kept += 1;
		} else if (node.type === 'list') {
			const taken = node.children.map((item) => ({ item, taken: takeLine(item) }));
			if (taken.every((entry) => entry.taken)) into.remove(node);
			else {
				kept += 1;
				for (const entry of taken) if (entry.taken) into.remove(entry.item);
			}
		} else {
			kept += 1;
		}
	}
	const heading = nodes[headingIndex];
	if (kept === 0) into.remove(heading);
	else {
		const { start, end: headingEnd } = offsets(heading);
		const marks = body.slice(start, headingEnd).split(' ')[0];
		into.facts.edits.push({ start, end: headingEnd, text: `${marks} Links` });
	}
}

/** MADR's and log4brains' `## Links` section: "Supersedes [x](y)" and "Superseded by ..." items relate records; the rest stays. */
function readLinksSection(nodes: readonly RootContent[], headingIndex: number, into: Collector): void {
	const end = sectionEnd(nodes, headingIndex);
	let kept = 0;
	for (const node of nodes.slice(headingIndex + 1, end)) {
		if (node.type !== 'list') {
			kept += 1;
			continue;
		}
		const related = node.children.map((item) => ({ item, relation: relationOf(textOf(item)) }));
		for (const { item, relation } of related) {
			if (relation) into.take(relation, undefined, 'Links section', refsIn(item));
		}
		if (related.every(({ relation }) => relation)) into.remove(node);
		else {
			kept += 1;
			for (const { item, relation } of related) if (relation) into.remove(item);
		}
	}
	if (kept === 0) into.remove(nodes[headingIndex]);
}

/**
 * Reads what a record says about itself: front matter, the title heading and the header lines,
 * bullets, table or notice under it, and the Status and Links sections, as `format` writes them.
 * Each piece that moves into Trailmap's front matter is marked for removal from the body.
 */
export function readRecord(text: string, format: ImportFormat = 'auto'): RecordFacts {
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const { yaml, body } = splitFrontMatter(source);
	const into = new Collector(body);
	if (yaml !== undefined) readFrontMatter(yaml, into);
	const readers = READERS[format];
	const tree = parseMarkdown(body);
	const nodes = tree.children;

	const titleIndex = nodes.findIndex((node) => isHeading(node) && node.depth === 1);
	const firstSection = nodes.findIndex((node, i) => isHeading(node) && i !== titleIndex);
	if (titleIndex >= 0 && readers.has('heading') && (firstSection < 0 || titleIndex < firstSection)) {
		into.take('title', textOf(nodes[titleIndex]), 'heading');
		into.remove(nodes[titleIndex]);
	}
	const preambleEnd = firstSection < 0 ? nodes.length : firstSection;
	for (let i = Math.max(titleIndex + 1, 0); i < preambleEnd; i += 1) {
		const node = nodes[i];
		if (node.type === 'list' && readers.has('bullet-header')) readBulletHeader(node, body, into);
		else if (node.type === 'paragraph' && readers.has('header-line')) readHeaderLines(node, body, into);
		else if (node.type === 'table' && readers.has('metadata-table')) readMetadataTable(node, into);
	}
	for (let i = 0; i < nodes.length; i += 1) {
		const node = nodes[i];
		if (readers.has('superseded-note')) {
			const span = readSupersededNote(nodes, i, into);
			if (span > 0) {
				i += span - 1;
				continue;
			}
		}
		if (!isHeading(node) || node.depth < 2) continue;
		const heading = textOf(node).toLowerCase();
		if (heading === 'status' && readers.has('status-section')) readStatusSection(nodes, i, body, into);
		else if (heading === 'links' && readers.has('links-section')) readLinksSection(nodes, i, into);
	}
	into.facts.links = bodyLinks(body, tree, into.facts.edits);
	escapeRefusedHtml(body, tree, into.facts);
	into.facts.statuses.sort((a, b) => STATUS_ORDER.indexOf(a.from) - STATUS_ORDER.indexOf(b.from));
	return into.facts;
}

/** Where a status is looked for, first found first. */
const STATUS_ORDER: readonly FactSource[] = [
	'front matter',
	'bullet header',
	'header line',
	'Status section',
	'metadata table',
	'superseded note',
	'Links section',
];

/** Relative links and images outside the parts that move into front matter. */
function bodyLinks(body: string, tree: Root, edits: readonly Edit[]): BodyLink[] {
	const removed = (offset: number) => edits.some((edit) => edit.text === '' && edit.start <= offset && offset < edit.end);
	return [...walk(tree)].flatMap((node): BodyLink[] => {
		if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return [];
		if (linkedStem(node.url) === undefined) return [];
		const range = urlRange(body, node);
		if (!range || removed(range.start)) return [];
		if (node.type === 'image') return [{ url: node.url, kind: 'image', ...range, image: { ...offsets(node), alt: node.alt ?? '' } }];
		return [{ url: node.url, kind: 'link', ...range }];
	});
}

/**
 * Raw HTML with an element Trailmap's content may not carry: in ADRs this is mostly prose such as
 * `_adr_help_<command>_<subcommand>`, which GitHub hides. Escaped, it shows as written and runs nothing.
 */
function escapeRefusedHtml(body: string, tree: Root, facts: RecordFacts): void {
	for (const node of walk(tree)) {
		if (node.type !== 'html') continue;
		const refused = htmlElements(node.value).filter((element) => !isAllowedElement(element.tag));
		if (refused.length === 0) continue;
		const { start, end } = offsets(node);
		if (facts.edits.some((edit) => edit.start <= start && end <= edit.end)) continue;
		facts.edits.push({ start, end, text: body.slice(start, end).replaceAll('<', '&lt;') });
		facts.escaped.push(...refused.map((element) => `<${element.tag}>`));
	}
}
