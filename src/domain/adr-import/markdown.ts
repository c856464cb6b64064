import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from '../body-tree.ts';

/** A record as read: its front matter (text and data) and its body as a syntax tree. */
export interface ParsedRecord {
	/** The front matter's data; undefined when the file has none. */
	frontMatter?: Record<string, unknown>;
	/** Why the front matter could not be read, when it could not. */
	frontMatterError?: string;
	/** The text after the front matter, line endings as \n. */
	body: string;
	tree: Root;
}

/** A stretch of the body to replace, by character offsets: with '' to remove it. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

/** Where a record points at another one: by file name without extension (from a link), or by number (ADR-0123). */
export type RecordRef = { stem: string } | { number: number };

/** The plain text of a node, as a reader sees it: emphasis, link syntax and HTML comments gone. */
export const textOf = (node: Nodes): string => toString(node, { includeHtml: false }).trim();

/** Offsets of a node in the text it was parsed from. */
export function offsets(node: Nodes): { start: number; end: number } {
	return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** Parses the Markdown of a record as the site does (GFM and container directives). */
export function parseMarkdown(text: string): Root {
	const parsed = parseBody(text, 'md');
	// Plain Markdown always parses; only MDX can fail.
	return parsed.tree ?? { type: 'root', children: [] };
}

/** A link's target as a file name without extension, when it points at a file beside the record (relative, no scheme). */
export function linkedStem(url: string): string | undefined {
	if (url === '' || url.startsWith('/') || url.startsWith('#') || URL.canParse(url)) return undefined;
	let target = url.split(/[?#]/)[0];
	try {
		target = decodeURIComponent(target);
	} catch {
		return undefined;
	}
	const base = path.posix.basename(target);
	return base === '' ? undefined : base.replace(/\.(?:md|markdown|mdx)$/i, '');
}

/** Every node of a tree, depth first. */
export function* walk(node: Nodes): Generator<Nodes> {
	yield node;
	if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** Records a node names: the files its relative links point at, or else the ADR numbers its text names. */
export function refsIn(node: Nodes): RecordRef[] {
	const stems = [...walk(node)]
		.flatMap((child) => (child.type === 'link' ? [linkedStem(child.url)] : []))
		.filter((stem) => stem !== undefined);
	if (stems.length > 0) return stems.map((stem) => ({ stem }));
	return [...textOf(node).matchAll(/\badr[-_ ]?(\d+)\b/gi)].map((match) => ({ number: Number(match[1]) }));
}

/** Records a front-matter value names ("superseded by ADR-0123", "[ADR-0005](0005-example.md)", a list of them). */
export function refsInValue(value: unknown): RecordRef[] {
	const values = Array.isArray(value) ? value : [value];
	return values.flatMap((item) => {
		if (typeof item === 'number') return [{ number: item }];
		if (typeof item !== 'string') return [];
		const stem = /^\d+-[\w-]+$/.test(item.trim()) ? item.trim() : undefined;
		return stem ? [{ stem }] : refsIn(parseMarkdown(item));
	});
}

/** Splits a front-matter or header value into a list: YAML lists as they are, text (bracketed or not) at commas and semicolons. */
export function listOf(value: unknown, separator = /[,;]/): string[] {
	// log4brains writes lists as "[Jane Doe, John Doe]".
	const text = typeof value === 'string' ? value.trim().replace(/^\[(.*)\]$/s, '$1') : undefined;
	const items = Array.isArray(value) ? value : text !== undefined ? text.split(separator) : value == null ? [] : [value];
	return items.map((item) => (typeof item === 'string' ? textOf(parseMarkdown(item)) : String(item)).trim()).filter((item) => item !== '');
}

/**
 * Where the URL of a link, image or definition is written in `text`, so it can be replaced without
 * touching the rest of the Markdown; undefined when the written form is not the URL as parsed.
 */
export function urlRange(text: string, node: Nodes & { url: string }): { start: number; end: number } | undefined {
	const { start, end } = offsets(node);
	let open: number;
	if (node.type === 'definition') {
		open = text.indexOf(']:', start);
		if (open < 0 || open >= end) return undefined;
		open += 2;
	} else {
		const children = 'children' in node ? node.children : [];
		const labelEnd = children.length > 0 ? offsets(children[children.length - 1]).end : start;
		open = text.indexOf('](', labelEnd);
		if (open < 0 || open >= end) return undefined;
		open += 2;
	}
	while (text[open] === ' ' || text[open] === '\t' || text[open] === '\n') open += 1;
	let close = open;
	if (text[open] === '<') {
		close = text.indexOf('>', open);
		if (close < 0 || close > end) return undefined;
		open += 1;
	} else {
		let depth = 0;
		while (close < end && !/\s/.test(text[close])) {
			if (text[close] === '(') depth += 1;
			if (text[close] === ')') {
				if (depth === 0) break;
				depth -= 1;
			}
			close += 1;
		}
	}
	const written = text.slice(open, close);
	return written === node.url || encodeURI(node.url) === written ? { start: open, end: close } : undefined;
}

/**
 * Applies edits to a text; a removal takes the rest of its last line and the blank lines after it,
 * so no gap is left behind.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	const sorted = [...edits].sort((a, b) => b.start - a.start);
	let result = text;
	let limit = text.length;
	for (const edit of sorted) {
		if (edit.end > limit) continue;
		let end = edit.end;
		if (edit.text === '') {
			const lineEnd = result.indexOf('\n', end);
			if (lineEnd >= 0 && result.slice(end, lineEnd).trim() === '') end = lineEnd + 1;
			while (end < result.length) {
				const next = result.indexOf('\n', end);
				const line = result.slice(end, next < 0 ? result.length : next);
				if (line.trim() !== '' || next < 0) break;
				end = next + 1;
			}
		}
		result = result.slice(0, edit.start) + edit.text + result.slice(end);
		limit = edit.start;
	}
	return result.replace(/^\s*\n/, '');
}
