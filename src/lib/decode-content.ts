import type { Position, Problem } from '../domain/problem.ts';

/** A content file's text, or the problems that kept it from being read as UTF-8. */
export interface DecodedContent {
	/** The text without a UTF-8 byte order mark; undefined when the file is not UTF-8 text. */
	text?: string;
	errors: Problem[];
}

/** Byte order marks of encodings other than UTF-8, longest first so UTF-32 LE is not taken for UTF-16 LE. */
const FOREIGN_BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
	{ bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32 (little-endian)' },
	{ bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32 (big-endian)' },
	{ bytes: [0xff, 0xfe], encoding: 'UTF-16 (little-endian)' },
	{ bytes: [0xfe, 0xff], encoding: 'UTF-16 (big-endian)' },
];

const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save with Encoding, then UTF-8)';

/** Lead bytes of multi-byte UTF-8, the sequence length, and the range the second byte must fall in (Unicode table 3-7). */
const LEAD_BYTES: readonly { from: number; to: number; length: number; low: number; high: number }[] = [
	{ from: 0xc2, to: 0xdf, length: 2, low: 0x80, high: 0xbf },
	{ from: 0xe0, to: 0xe0, length: 3, low: 0xa0, high: 0xbf },
	{ from: 0xe1, to: 0xec, length: 3, low: 0x80, high: 0xbf },
	{ from: 0xed, to: 0xed, length: 3, low: 0x80, high: 0x9f },
	{ from: 0xee, to: 0xef, length: 3, low: 0x80, high: 0xbf },
	{ from: 0xf0, to: 0xf0, length: 4, low: 0x90, high: 0xbf },
	{ from: 0xf1, to: 0xf3, length: 4, low: 0x80, high: 0xbf },
	{ from: 0xf4, to: 0xf4, length: 4, low: 0x80, high: 0x8f },
];

/** Length of the well-formed UTF-8 sequence starting at `offset`, or 0 where none starts there. */
function sequenceLength(bytes: Uint8Array, offset: number): number {
	const first = bytes[offset];
	if (first < 0x80) return 1;
	const lead = LEAD_BYTES.find(({ from, to }) => first >= from && first <= to);
	if (!lead || offset + lead.length > bytes.length) return 0;
	if (bytes[offset + 1] < lead.low || bytes[offset + 1] > lead.high) return 0;
	for (let i = 2; i < lead.length; i++) if (bytes[offset + i] < 0x80 || bytes[offset + i] > 0xbf) return 0;
	return lead.length;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number | undefined {
	for (let offset = 0; offset < bytes.length;) {
		const length = sequenceLength(bytes, offset);
		if (length === 0) return offset;
		offset += length;
	}
	return undefined;
}

/** Line and column (in characters) of a byte offset whose preceding bytes are valid UTF-8. */
function positionOf(bytes: Uint8Array, offset: number): Position {
	const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
	const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
	return { line, column: new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1 };
}

/** Line and column of a character offset in decoded text. */
function textPosition(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * Decodes a content file as UTF-8, dropping a UTF-8 byte order mark (editors on Windows add one).
 * UTF-16 and UTF-32 files, bytes of another encoding and NUL bytes are refused, naming the
 * likely encoding and where the first bad byte is, since reading them as UTF-8 would garble the text.
 */
export function decodeContent(bytes: Uint8Array, file: string): DecodedContent {
	const bom = FOREIGN_BOMS.find((candidate) => candidate.bytes.every((byte, i) => bytes[i] === byte));
	if (bom) {
		return {
			errors: [{ file, line: 1, column: 1, field: '', message: `this file is ${bom.encoding}, not UTF-8`, hint: SAVE_AS_UTF8 }],
		};
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch (error) {
		// TextDecoder says only that decoding failed (a TypeError); find the byte it stopped at.
		const offset = firstInvalidByte(bytes);
		if (!(error instanceof TypeError) || offset === undefined) throw new Error(`could not decode ${file}`, { cause: error });
		const byte = bytes[offset];
		const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
		// Text in a single-byte encoding has no multi-byte UTF-8 anywhere; a file that has some was pasted into.
		const mixed = bytes.some((_, i) => bytes[i] >= 0xc2 && sequenceLength(bytes, i) > 1);
		const likely = mixed
			? 'the file mixes UTF-8 with text in another encoding, often from a paste'
			: `it looks like Windows-1252 or Latin-1, where it is "${new TextDecoder('windows-1252').decode(Uint8Array.of(byte))}"`;
		return {
			errors: [
				{
					file,
					...positionOf(bytes, offset),
					field: '',
					value: hex,
					message: `this file is not UTF-8: byte ${hex} here is not valid UTF-8; ${likely}`,
					hint: SAVE_AS_UTF8,
				},
			],
		};
	}
	const nul = text.indexOf('\0');
	if (nul !== -1) {
		return {
			errors: [
				{
					file,
					...textPosition(text, nul),
					field: '',
					message: 'this file contains NUL bytes, so it is binary, or UTF-16 without a byte order mark',
					hint: SAVE_AS_UTF8,
				},
			],
		};
	}
	return { text, errors: [] };
}
