import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/lib/decode-content.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));
const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save with Encoding, then UTF-8)';

describe('decoding content files', () => {
	it('reads UTF-8, dropping a byte order mark', () => {
		expect(decodeContent(bytes([0xef, 0xbb, 0xbf], '---\ntitle: Café\n---\n'), 'a.md')).toEqual({
			text: '---\ntitle: Café\n---\n',
			errors: [],
		});
		expect(decodeContent(bytes('title: Café\n'), 'a.yaml')).toEqual({ text: 'title: Café\n', errors: [] });
	});

	it.each([
		['UTF-16 (little-endian)', [0xff, 0xfe, 0x61, 0x00]],
		['UTF-16 (big-endian)', [0xfe, 0xff, 0x00, 0x61]],
		['UTF-32 (little-endian)', [0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]],
		['UTF-32 (big-endian)', [0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x61]],
	])('refuses %s, named by its byte order mark', (encoding, mark) => {
		expect(decodeContent(Uint8Array.from(mark), 'a.yaml')).toEqual({
			errors: [{ file: 'a.yaml', line: 1, column: 1, field: '', message: `this file is ${encoding}, not UTF-8`, hint: SAVE_AS_UTF8 }],
		});
	});

	it('names Windows-1252 or Latin-1 and the line and column of the first byte that is not UTF-8', () => {
		expect(decodeContent(bytes('id: cafe\ntitle: Caf', [0xe9], ' and ', [0x93, 0x71, 0x94], '\n'), 'a.yaml')).toEqual({
			errors: [
				{
					file: 'a.yaml',
					line: 2,
					column: 11,
					field: '',
					value: '0xE9',
					message: 'this file is not UTF-8: byte 0xE9 here is not valid UTF-8; it looks like Windows-1252 or Latin-1, where it is "é"',
					hint: SAVE_AS_UTF8,
				},
			],
		});
	});

	it('counts columns in characters and says when UTF-8 is mixed with another encoding', () => {
		const { errors } = decodeContent(bytes('a: ü\nbé: ü', [0xfc], '\n'), 'a.yaml');
		expect(errors).toEqual([
			{
				file: 'a.yaml',
				line: 2,
				column: 6,
				field: '',
				value: '0xFC',
				message:
					'this file is not UTF-8: byte 0xFC here is not valid UTF-8; the file mixes UTF-8 with text in another encoding, often from a paste',
				hint: SAVE_AS_UTF8,
			},
		]);
	});

	it('refuses a sequence cut short at the end of the file', () => {
		expect(decodeContent(bytes('a: ', [0xe2, 0x82]), 'a.yaml').errors).toMatchObject([{ line: 1, column: 4, value: '0xE2' }]);
	});

	it('refuses NUL bytes, as UTF-16 without a byte order mark has', () => {
		expect(decodeContent(bytes('title: x\n', [0x61, 0x00, 0x3a, 0x00]), 'a.yaml')).toEqual({
			errors: [
				{
					file: 'a.yaml',
					line: 2,
					column: 2,
					field: '',
					message: 'this file contains NUL bytes, so it is binary, or UTF-16 without a byte order mark',
					hint: SAVE_AS_UTF8,
				},
			],
		});
	});
});
