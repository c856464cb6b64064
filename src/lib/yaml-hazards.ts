import { CST, type Document, Parser, isAlias, isCollection, isNode, isPair, isScalar, visit } from 'yaml';

/** Something in a YAML text that content may not use, at a character offset of the text. */
export interface YamlHazard {
	offset: number;
	value?: string;
	message: string;
	hint: string;
}

/** Tags of the YAML 1.2 core schema: the only ones the check (`yaml`) and the build (js-yaml) read alike. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`));

/**
 * Every explicit tag outside the core schema, such as !secret or !!python/object, at the tag. The
 * `yaml` library only warns about them and reads the value as text; js-yaml, which Astro loads YAML
 * with, refuses the file, so the check refuses them first.
 */
export function tagHazards(text: string, doc: Document.Parsed): YamlHazard[] {
	// Every tag starts with "!", so a text without one needs no second parse.
	if (!text.includes('!')) return [];
	const hazards: YamlHazard[] = [];
	const check = (tokens: readonly CST.SourceToken[] | undefined) => {
		for (const token of tokens ?? []) {
			if (token.type !== 'tag') continue;
			const name = doc.directives.tagName(token.source, () => undefined);
			if (name !== null && CORE_TAGS.has(name)) continue;
			hazards.push({
				offset: token.offset,
				value: token.source,
				message: `unknown YAML tag ${token.source}`,
				hint: 'write the value as plain text, without the tag',
			});
		}
	};
	for (const token of new Parser().parse(text)) {
		if (token.type !== 'document') continue;
		check(token.start);
		CST.visit(token, (item) => {
			check(item.start);
			check(item.sep);
		});
	}
	return hazards;
}

/**
 * Where the bracket or quote that runs to `offset` was opened, when one does. `yaml` reports an
 * unclosed [, { or quote where the file or block ends; the person needs the line that opens it.
 */
export function openedAt(text: string, offset: number): number | undefined {
	let opened: number | undefined;
	for (const token of new Parser().parse(text)) {
		if (token.type !== 'document') continue;
		CST.visit(token, (item) => {
			const value = item.value;
			if (value?.type !== 'flow-collection' && value?.type !== 'double-quoted-scalar' && value?.type !== 'single-quoted-scalar') return;
			if (value.offset + CST.stringify(value).length === offset) opened = value.offset;
		});
	}
	return opened;
}

/** Aliases that name no earlier anchor, or that repeat a value they are part of, which would never end. */
export function aliasHazards(doc: Document): YamlHazard[] {
	const hazards: YamlHazard[] = [];
	visit(doc, {
		Alias(_key, alias, path) {
			const target = alias.resolve(doc);
			const offset = alias.range?.[0] ?? 0;
			const value = `*${alias.source}`;
			if (!target) {
				hazards.push({
					offset,
					value,
					message: `no anchor &${alias.source} is set before this alias`,
					hint: `put &${alias.source} on an earlier value, or write the value out here`,
				});
			} else if (path.includes(target)) {
				hazards.push({ offset, value, message: 'this alias repeats a value it is part of, so it never ends', hint: 'write the value out' });
			}
		},
	});
	return hazards;
}

/**
 * True when two keys name the same property: every YAML reader turns keys into strings, so 1 and "1"
 * are one key to js-yaml (which refuses the pair) while `yaml` would keep the last silently.
 */
export function sameKey(a: unknown, b: unknown): boolean {
	return a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value));
}

/**
 * Keys js-yaml reads differently from `yaml`: a merge key (<<), which js-yaml merges and `yaml` keeps
 * as a key, and a key that is a list, a map, an alias or empty, which the two turn into different text.
 */
export function keyHazards(doc: Document): YamlHazard[] {
	const hazards: YamlHazard[] = [];
	const reported = new Set<number>();
	visit(doc, {
		Pair(_key, pair) {
			const { key, value } = pair;
			const offset = (isNode(key) ? key.range?.[0] : undefined) ?? (isNode(value) ? value.range?.[0] : undefined) ?? 0;
			// A key left out entirely (`? : x`) comes by twice; it is reported once.
			if (reported.has(offset)) return;
			if (isScalar(key) && key.type === 'PLAIN' && key.value === '<<') {
				hazards.push({
					offset,
					value: '<<',
					message: 'YAML merge keys (<<) are not used in content',
					hint: 'write the fields out in full',
				});
			} else if (!isScalar(key) || key.value === null) {
				hazards.push({
					offset,
					message: 'a key must be plain text',
					hint: 'write a name before the colon; put it in quotes if it is the word null',
				});
			} else {
				return;
			}
			reported.add(offset);
		},
	});
	return hazards;
}

/** Most alias expansions a content file may make (the `yaml` default); more is a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/**
 * The alias that expands to the most values, where a "billion laughs" is written. Call only on a
 * document without alias hazards: a looping alias would make the count endless.
 */
function largestAlias(doc: Document): YamlHazard {
	const sizes = new Map<unknown, number>();
	const size = (node: unknown): number => {
		if (isAlias(node)) return size(node.resolve(doc));
		if (isPair(node)) return size(node.key) + size(node.value);
		if (!isCollection(node)) return 1;
		const known = sizes.get(node);
		if (known !== undefined) return known;
		const total = node.items.reduce((sum: number, item) => sum + size(item), 1);
		sizes.set(node, total);
		return total;
	};
	let largest = { offset: 0, value: '', size: 0 };
	visit(doc, {
		Alias(_key, alias) {
			const expanded = size(alias);
			if (expanded > largest.size) largest = { offset: alias.range?.[0] ?? 0, value: `*${alias.source}`, size: expanded };
		},
	});
	return {
		offset: largest.offset,
		value: largest.value,
		message: `the YAML aliases of this file expand to too much data (more than ${MAX_ALIAS_COUNT} repeats)`,
		hint: 'write the values out; aliases that repeat other aliases, as in a "billion laughs" attack, are refused',
	};
}

/** The document as plain data, or the alias that would expand it without bound. */
export function documentData(doc: Document): { data: unknown } | { hazard: YamlHazard } {
	try {
		return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
	} catch (error) {
		// `yaml` throws a ReferenceError for too many alias expansions; missing anchors were refused before.
		if (error instanceof ReferenceError) return { hazard: largestAlias(doc) };
		throw error;
	}
}

/** True for characters YAML allows in a stream (c-printable); the surrogates of astral characters come in pairs here. */
const isPrintable = (code: number) =>
	code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0x7e) || code === 0x85 || (code >= 0xa0 && code <= 0xfffd);

/**
 * The first control character on each line: YAML does not allow them, and js-yaml refuses the whole
 * file over one, while `yaml` reads it without a word.
 */
export function controlCharacterHazards(text: string): YamlHazard[] {
	const hazards: YamlHazard[] = [];
	let lineHasOne = false;
	for (let offset = 0; offset < text.length; offset++) {
		const code = text.charCodeAt(offset);
		if (code === 0x0a) lineHasOne = false;
		if (isPrintable(code) || lineHasOne) continue;
		lineHasOne = true;
		const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
		hazards.push({
			offset,
			value: name,
			message: `this line contains the control character ${name}, which YAML does not allow`,
			hint: 'delete it; such characters are invisible in most editors and usually come from a paste',
		});
	}
	return hazards;
}
