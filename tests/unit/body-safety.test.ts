import { describe, expect, it } from 'vitest';
import { unsafeBodyContent } from '../../src/domain/body-safety.ts';
import { problemsAfter, replace } from './fixture.ts';

describe('unsafe body content', () => {
	it('allows http(s), mailto, relative and fragment links', () => {
		const body =
			'[a](https://x.example) [b](/guides/) [c](../x.png) [d](#top) [e](mailto:pm@example.com) <https://x.example>\n\n[ref]: https://x.example\n';
		expect(unsafeBodyContent(body)).toEqual([]);
	});

	it('finds javascript:, data: and vbscript: links in Markdown and HTML, with their position', () => {
		const body =
			'Intro\n\nSee [this](javascript:alert(1)) and ![x](data:image/svg+xml;base64,AA).\n\n[r]: vbscript:msgbox\n\n<a href="javascript:void(0)">x</a>\n';
		expect(unsafeBodyContent(body).map(({ line, column, value }) => [line, column, value])).toEqual([
			[3, 12, 'javascript:alert(1'],
			[3, 42, 'data:image/svg+xml;base64,AA'],
			[5, 6, 'vbscript:msgbox'],
			[7, 10, 'javascript:void(0)'],
		]);
	});

	it('finds HTML that runs script', () => {
		const findings = unsafeBodyContent(
			'<script>alert(1)</script>\n<img src="/x.png" onerror="alert(2)">\n<iframe src="https://x.example"></iframe>\n',
		);
		expect(findings.map(({ line, message }) => [line, message])).toEqual([
			[1, 'a <script> element runs or embeds code'],
			[2, 'the onerror attribute runs script'],
			[3, 'a <iframe> element runs or embeds code'],
		]);
	});

	it('leaves code alone', () => {
		expect(unsafeBodyContent('```html\n<script>alert(1)</script>\n<a href="javascript:x">\n```\n\nUse `javascript:` never.\n')).toEqual([]);
	});

	it('is reported by the content check at its line in the file', async () => {
		const problems = await problemsAfter({
			'roadmap/service-templates.mdx': replace('Pick a template in the portal.', 'Pick a [template](javascript:alert(1)) in the portal.'),
		});
		expect(problems).toEqual([
			{
				file: 'roadmap/service-templates.mdx',
				line: 19,
				column: 19,
				field: 'body',
				value: 'javascript:alert(1',
				message: 'a javascript: link is not allowed in content',
				hint: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
			},
		]);
	});
});
