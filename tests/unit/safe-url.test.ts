import { describe, expect, it } from 'vitest';
import { refuseUrl } from '../../src/domain/safe-url.ts';
import { SafeUrlSchema, isSafeUrl } from '../../src/schemas/common.ts';

describe('isSafeUrl, for front-matter fields', () => {
	it.each([
		'https://example.com/a?b=c#d',
		'http://example.com',
		'/',
		'/guides/basics/local-setup/',
		'/guides/?persona=sre#top',
		'/%5Cstill-on-site',
	])('accepts %s', (url) => expect(isSafeUrl(url)).toBe(true));

	it.each([
		['javascript:alert(1)', 'a script link'],
		['JavaScript:alert(1)', 'a script link in capitals'],
		['data:text/html,<script>alert(1)</script>', 'a data: URL'],
		['vbscript:msgbox(1)', 'a vbscript: link'],
		['mailto:pm@example.com', 'mailto:, which is for bodies only'],
		['//evil.example/x', 'a protocol-relative URL'],
		['/\\evil.example/x', 'a backslash after the slash'],
		['\\\\evil.example', 'backslashes only'],
		['/guides/\tx', 'a tab'],
		['java\tscript:alert(1)', 'a tab inside the scheme'],
		['/guides/\nx', 'a newline'],
		[' /guides/', 'leading whitespace'],
		['/guides /x', 'a space'],
		['/guides/\u0000', 'a control character'],
		['/guides/\u00a0', 'a non-breaking space'],
		['guides/basics/', 'a relative path that does not start with /'],
		['javascript&colon;alert(1)', 'an entity-encoded scheme, which YAML does not decode'],
		['', 'an empty string'],
	])('refuses %s (%s)', (url) => expect(isSafeUrl(url)).toBe(false));

	it('keeps the schema message and hint the content check shows', () => {
		const result = SafeUrlSchema.safeParse('//evil.example');
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({
			message: 'expected an http(s) URL or a site-relative path',
			params: { hint: expect.stringContaining('javascript:') },
		});
	});
});

describe('refuseUrl, for links in bodies', () => {
	it.each(['mailto:pm@example.com', '#steps', '../setup/', 'setup/', '?tab=npm', '/guides/', 'https://example.com/', ''])(
		'accepts %s',
		(url) => {
			expect(refuseUrl(url, 'body')).toBeUndefined();
		},
	);

	it('names the refused scheme', () => {
		expect(refuseUrl('javascript:alert(1)', 'body')).toEqual({
			scheme: 'javascript',
			message: 'a javascript: link is not allowed in content',
			hint: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
		});
		expect(refuseUrl('data:image/png;base64,AA', 'body')?.scheme).toBe('data');
	});

	it('explains links that leave the site unseen', () => {
		expect(refuseUrl('//evil.example', 'body')?.message).toBe('a link starting with // goes to another site');
		expect(refuseUrl('/\\evil.example/x', 'body')?.message).toContain('backslash');
		expect(refuseUrl('java\tscript:alert(1)', 'body')?.message).toContain('tab');
	});
});
