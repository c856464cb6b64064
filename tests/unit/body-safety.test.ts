import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BodyFormat, checkBody } from '../../src/domain/body-safety.ts';
import { problemsAfter, replace } from './fixture.ts';

const HOSTILE = path.resolve('tests/fixtures/hostile');
const read = (file: string) => readFileSync(path.join(HOSTILE, file), 'utf8');
const check = (body: string, format: BodyFormat, trustedMdx = false) => checkBody(body, { format, trustedMdx });
const places = (body: string, format: BodyFormat) => check(body, format).findings.map(({ line, column, value }) => [line, column, value]);

describe('the body check on Markdown', () => {
	it('finds every hostile case in body.md at its line, after decoding', () => {
		expect(places(read('body.md'), 'md')).toEqual([
			[1, 1, 'javascript:alert(1)'],
			[3, 1, 'javascript:alert(1)'],
			[5, 1, 'java\tscript:alert(1)'],
			[7, 4, 'javascript:alert(1)'],
			[9, 12, 'onerror="alert(1)"'],
			[11, 6, '<script>'],
			[13, 1, '<iframe>'],
			[15, 1, '<object>'],
			[17, 1, '<style>'],
			[19, 1, '<form>'],
			[21, 1, '<meta>'],
			[23, 1, '<base>'],
			[25, 1, '/\\evil.example/x'],
			[27, 1, '//evil.example'],
			[29, 4, 'java\tscript:alert(1)'],
			[31, 1, 'data:image/svg+xml;base64,PHN2Zz4='],
			[33, 1, 'vbscript:msgbox(1)'],
			[35, 1, 'javascript:alert(1)'],
			[37, 1, 'javascript:alert(1)'],
		]);
	});

	it('says what is wrong and how to write it instead', () => {
		const byLine = new Map(check(read('body.md'), 'md').findings.map((finding) => [finding.line, finding]));
		expect(byLine.get(1)).toMatchObject({
			message: 'a javascript: link is not allowed in content',
			hint: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
		});
		expect(byLine.get(9)).toMatchObject({ message: 'the onerror attribute runs script', hint: expect.stringContaining('remove it') });
		expect(byLine.get(13)?.message).toBe('an <iframe> element runs or embeds code');
		expect(byLine.get(19)).toMatchObject({
			message: 'a <form> element is not allowed in content',
			hint: expect.stringContaining('Markdown'),
		});
		expect(byLine.get(25)?.message).toContain('backslash');
		expect(byLine.get(27)).toMatchObject({
			message: 'a link starting with // goes to another site',
			hint: expect.stringContaining('https://'),
		});
	});

	it('accepts safe links, asides, allowed HTML, task lists and footnotes, and never judges code', () => {
		expect(check(read('allowed.md'), 'md').findings).toEqual([]);
	});

	it('places HTML inside a list item at its column in the body', () => {
		expect(places('- item\n  <div\n  onclick="x">hi</div>\n', 'md')).toEqual([[3, 3, 'onclick="x"']]);
	});

	it('lists every link and image to a path on this site, with its place', () => {
		expect(check(read('allowed.md'), 'md').links).toEqual([
			{ url: '/guides/basics/local-setup/', kind: 'link', line: 1, column: 18 },
			{ url: '/logo.svg', kind: 'image', line: 2, column: 94 },
		]);
		expect(
			check('<a href="/roadmap/">r</a> <img src="/x.png">\n\n[d]: /decisions/\n', 'md').links.map(({ url, kind }) => [url, kind]),
		).toEqual([
			['/roadmap/', 'link'],
			['/x.png', 'image'],
			['/decisions/', 'link'],
		]);
	});
});

describe('the body check on MDX', () => {
	it('finds every hostile case in body.mdx at its line', () => {
		expect(places(read('body.mdx'), 'mdx')).toEqual([
			[1, 1, "import fs from 'node:fs'"],
			[2, 1, "export const x = fs.readFileSync('/etc/passwd', 'utf8')"],
			[4, 4, 'href={"javascript:alert(1)"}'],
			[6, 4, "href={'java' + 'script:alert(1)'}"],
			[8, 1, '{process.env.HOME}'],
			[10, 8, 'type={x}'],
			[12, 1, '<Foo>'],
			[14, 4, 'javascript:alert(1)'],
			[16, 14, 'onError="alert(1)"'],
			[18, 21, 'javascript:alert(1)'],
			[20, 6, 'set:html="<script>alert(1)</script>"'],
			[22, 1, '<Fragment>'],
			[24, 1, '/\\evil.example/x'],
			[26, 1, '//evil.example'],
			[28, 8, '{...props}'],
			[30, 1, '<iframe>'],
			[32, 18, 'onclick="alert(1)"'],
		]);
	});

	it('explains MDX code and unknown components in plain words', () => {
		const byLine = new Map(check(read('body.mdx'), 'mdx').findings.map((finding) => [finding.line, finding]));
		expect(byLine.get(1)).toMatchObject({
			message: 'an import runs code when the site is built',
			hint: expect.stringContaining('need no import'),
		});
		expect(byLine.get(8)).toMatchObject({
			message: 'text in {braces} is code that runs when the site is built',
			hint: expect.stringContaining('\\{'),
		});
		expect(byLine.get(10)).toMatchObject({
			message: 'type={...} is code; in content, attributes are written as text in quotes',
			hint: expect.stringContaining('type="..."'),
		});
		expect(byLine.get(12)).toMatchObject({ message: '<Foo> is not a component Trailmap provides', hint: expect.stringContaining('Aside') });
		expect(byLine.get(1)?.hint).toContain('trustedMdx: true');
		expect(check('<Asides type="note">x</Asides>\n', 'mdx').findings[0].hint).toBe('did you mean <Aside>?');
		expect(check('<Aside kind="note">x</Aside>\n', 'mdx').findings[0]).toMatchObject({
			message: '<Aside> has no kind attribute',
			hint: 'Aside takes type, title, icon',
		});
	});

	it('accepts Trailmap components with text attributes, asides, allowed HTML, comments and code', () => {
		expect(check(read('allowed.mdx'), 'mdx').findings).toEqual([]);
		expect(check('<Aside type="note">ok</Aside>\n', 'mdx').findings).toEqual([]);
	});

	it('lists site links in Markdown, HTML and component attributes', () => {
		expect(check(read('allowed.mdx'), 'mdx').links.map(({ url, line }) => [url, line])).toEqual([
			['/guides/basics/local-setup/', 1],
			['/roadmap/', 3],
			['/roadmap/', 21],
		]);
	});

	it('reports MDX that does not parse at its line and column, instead of letting the build fail', () => {
		expect(check('Intro\n\nIt takes <5 minutes.\n', 'mdx').findings).toEqual([
			{
				line: 3,
				column: 11,
				value: 'It takes <5 minutes.',
				message: expect.stringContaining('this MDX cannot be read: unexpected character `5`'),
				hint: expect.stringContaining('\\<'),
			},
		]);
		expect(check('Unclosed {brace\n', 'mdx').findings.map(({ line }) => line)).toEqual([1]);
		expect(check('It takes <5 minutes.\n', 'md').findings).toEqual([]);
	});

	it('allows import/export, expressions and any component when the site trusts its authors, but still judges literal links', () => {
		expect(check("import X from './x.ts'\n\n<X n={1} /> {2 * 3}\n", 'mdx', true).findings).toEqual([]);
		expect(check('<X href="javascript:alert(1)" />\n', 'mdx', true).findings.map(({ value }) => value)).toEqual(['javascript:alert(1)']);
	});
});

describe('the body check in the content check', () => {
	it('reports a finding at its line in the file', async () => {
		const problems = await problemsAfter({
			'roadmap/service-templates.mdx': replace('Pick a template in the portal.', 'Pick a [template](javascript:alert(1)) in the portal.'),
		});
		expect(problems).toEqual([
			{
				file: 'roadmap/service-templates.mdx',
				line: 19,
				column: 8,
				field: 'body',
				value: 'javascript:alert(1)',
				message: 'a javascript: link is not allowed in content',
				hint: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
			},
		]);
	});
});
