import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { decisionMentions } from '../../src/domain/decision-refs.ts';
import type { DecisionTargets } from '../../src/plugins/decision-links.ts';
import { renderMarkdown, renderMdx } from './render-body.ts';

const decisions: DecisionTargets = new Map([
	['0012', { href: '/decisions/0012-golden-path-templates/', title: 'Golden-path templates over Helm' }],
	['0003', { href: '/decisions/0003-jenkins-for-ci/', title: 'Jenkins <for> "CI"' }],
]);

/** Every link of a rendered body: its text, href and title. */
const links = (node: Root | RootContent): { text: string; href: unknown; title: unknown }[] => [
	...(node.type === 'element' && node.tagName === 'a'
		? [{ text: textOf(node), href: node.properties.href, title: node.properties.title }]
		: []),
	...('children' in node ? node.children.flatMap(links) : []),
];
const textOf = (node: Element | RootContent): string =>
	node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

describe('decision references in prose', () => {
	it.each([
		['ADR-0012', '0012'],
		['ADR-12', '0012'],
		['ADR 12', '0012'],
		['ADR\u00a012', '0012'],
		['(ADR-7)', '0007'],
		['ADR-0012.', '0012'],
	])('finds %s as record %s', (text, number) => {
		expect(decisionMentions(text).map((mention) => mention.number)).toEqual([number]);
	});

	it.each(['MADR-12', 'ADR-12345', 'ADR12', 'adr-12', 'ADR-12a', 'XADR 3', 'ADRs 12'])('leaves %s alone', (text) => {
		expect(decisionMentions(text)).toEqual([]);
	});
});

describe('the decision-link plugin', () => {
	it('links each reference to its record with the title, under the base path, and keeps the words as written', async () => {
		const tree = await renderMarkdown('See ADR-12, ADR 0003 and ADR-0012 again.', { base: '/docs/', trustedMdx: false, decisions });
		expect(links(tree)).toEqual([
			{ text: 'ADR-12', href: '/docs/decisions/0012-golden-path-templates/', title: 'ADR-0012: Golden-path templates over Helm' },
			{ text: 'ADR 0003', href: '/docs/decisions/0003-jenkins-for-ci/', title: 'ADR-0003: Jenkins <for> "CI"' },
			{ text: 'ADR-0012', href: '/docs/decisions/0012-golden-path-templates/', title: 'ADR-0012: Golden-path templates over Helm' },
		]);
		expect(textOf(tree as unknown as Element).trim()).toBe('See ADR-12, ADR 0003 and ADR-0012 again.');
	});

	it('never links inside code, inline code or an existing link, nor a number no record has', async () => {
		const body = [
			'`ADR-12` in code, [ADR-12 here](https://example.com/) as a link, <a href="/x/">ADR-3</a> in HTML, ADR-99 unknown.',
			'',
			'```',
			'ADR-0012',
			'```',
			'',
			'- in a list: **ADR-3**',
		].join('\n');
		const tree = await renderMarkdown(body, { base: '/', trustedMdx: false, decisions });
		expect(links(tree)).toEqual([
			{ text: 'ADR-12 here', href: 'https://example.com/', title: undefined },
			{ text: 'ADR-3', href: '/x/', title: undefined },
			{ text: 'ADR-3', href: '/decisions/0003-jenkins-for-ci/', title: 'ADR-0003: Jenkins <for> "CI"' },
		]);
	});

	it('links references in MDX bodies and inside components, not in JSX links', async () => {
		const { tree } = await renderMdx('<Aside>Decided in ADR-12.</Aside>\n\n<a href="/y/">ADR-3</a> and ADR-3.', {
			base: '/',
			trustedMdx: false,
			decisions,
		});
		expect(links(tree).map((link) => [link.text, link.href])).toEqual([
			['ADR-12', '/decisions/0012-golden-path-templates/'],
			['ADR-3', '/y/'],
			['ADR-3', '/decisions/0003-jenkins-for-ci/'],
		]);
	});
});

describe('the decision-link plugin after the sanitiser', () => {
	it('links references in a body the sanitiser had to clean, and the removed parts stay removed', async () => {
		const tree = await renderMarkdown('<script>alert(1)</script>\n\nSee <b onclick="x()">ADR-12</b>.', {
			base: '/',
			trustedMdx: false,
			decisions,
		});
		const html = JSON.stringify(tree);
		expect(html).not.toContain('alert');
		expect(html).not.toContain('onclick');
		expect(links(tree).map((link) => link.href)).toEqual(['/decisions/0012-golden-path-templates/']);
	});
});
