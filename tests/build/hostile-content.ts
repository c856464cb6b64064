import { hostname } from 'node:os';
import type { ContentCopy } from '../support/content-copy.ts';

/** Every payload calls alert() with its own tag, so a finding names the payload that got through. */
export const PAYLOAD = 'alert(';

/** A way a body has slipped script past a check that matched patterns in its text. */
export interface Bypass {
	name: string;
	/** The tag its payload alerts, which also names the decision that carries it. */
	tag: string;
	extension: 'md' | 'mdx';
	body: string;
	/**
	 * It still reaches a page alive, so its test is expected to fail. When the body check refuses it
	 * or the build sanitises it, that test fails: set this to false.
	 */
	stillLive: boolean;
}

/**
 * Each bypass is a decision of its own, so one the content check refuses leaves the build (the
 * build would refuse it too) and the rest are built; either way none may reach a page alive.
 */
const BYPASSES: Bypass[] = [
	{
		name: 'a handler after a slash instead of a space',
		tag: 'slash-handler',
		extension: 'md',
		body: `<div>\n<img/src/onerror=alert('slash-handler')>\n</div>`,
		stillLive: false,
	},
	{
		name: 'a handler right after a quoted attribute',
		tag: 'quote-handler',
		extension: 'md',
		body: `<div>\n<a href="#"onclick="alert('quote-handler')">x</a>\n</div>`,
		stillLive: false,
	},
	{
		name: 'an entity inside an HTML link scheme',
		tag: 'entity-html',
		extension: 'md',
		body: `<a href="jav&#x61;script:alert('entity-html')">x</a>`,
		stillLive: false,
	},
	{
		name: 'a tab entity inside an HTML link scheme',
		tag: 'tab-entity',
		extension: 'md',
		body: `<a href="java&Tab;script:alert('tab-entity')">x</a>`,
		stillLive: false,
	},
	{
		name: 'a space before an HTML link scheme',
		tag: 'leading-space',
		extension: 'md',
		body: `<a href=" javascript:alert('leading-space')">x</a>`,
		stillLive: false,
	},
	{
		name: 'an entity inside a Markdown link scheme',
		tag: 'entity-markdown',
		extension: 'md',
		body: `[x](javascript&colon;alert('entity-markdown'))`,
		stillLive: false,
	},
	{
		name: 'an entity inside a reference definition',
		tag: 'entity-reference',
		extension: 'md',
		body: `[x][ref]\n\n[ref]: javascript&#58;alert('entity-reference')`,
		stillLive: false,
	},
	{
		name: 'backticks around a handler inside a tag',
		tag: 'backtick-handler',
		extension: 'md',
		body: '<a title="`" onclick="alert(\'backtick-handler\')" lang="`">x</a>',
		stillLive: false,
	},
	{
		name: 'a fence inside an HTML block',
		tag: 'fence-in-html',
		extension: 'md',
		body: "<div>\n```\n<script>alert('fence-in-html')</script>\n```\n</div>",
		stillLive: false,
	},
	{
		name: 'an SVG animation that sets a link',
		tag: 'svg-animate',
		extension: 'md',
		body: `<svg><a><animate attributeName="href" values="javascript:alert('svg-animate')"/><text y="20">x</text></a></svg>`,
		stillLive: false,
	},
	{
		name: 'an MDX expression as a link',
		tag: 'mdx-href',
		extension: 'mdx',
		body: `<a href={"javascript:alert('mdx-href')"}>x</a>`,
		stillLive: false,
	},
	{
		name: 'an MDX set:html',
		tag: 'mdx-set-html',
		extension: 'mdx',
		body: `<Fragment set:html={'<img src=x on' + 'error=alert("mdx-set-html")>'} />`,
		stillLive: false,
	},
	{
		name: 'an MDX spread handler',
		tag: 'mdx-spread',
		extension: 'mdx',
		body: `<img src="x" {...{ ['on' + 'error']: "alert('mdx-spread')" }} />`,
		stillLive: false,
	},
	{
		name: 'an entity for the colon of a Markdown link scheme',
		tag: 'colon-entity',
		extension: 'md',
		body: `[x](javascript&colon;alert('colon-entity'))`,
		stillLive: false,
	},
	{
		name: 'an MDX string expression as a link',
		tag: 'mdx-string-href',
		extension: 'mdx',
		body: `<a href={"javascript:alert('mdx-string-href')"}>x</a>`,
		stillLive: false,
	},
	{
		name: 'a script element in a Markdown body',
		tag: 'script-element',
		extension: 'md',
		body: `<script>alert('script-element')</script>`,
		stillLive: false,
	},
];

/** Code an MDX body would run at build time: what it prints must never reach a page. */
export const BUILD_TIME_CODE = {
	file: 'decisions/0200-build-time-code.mdx',
	page: 'decisions/0200-build-time-code/index.html',
	text: `---\ntitle: Build-time code\nstatus: accepted\ndate: 2025-10-01\n---\n\nimport { hostname } from 'node:os';\nexport const where = hostname();\n\nHome is {process.env.HOME}, host is {where}.\n`,
	/** Values the code would print, had it run. */
	secrets: () => [process.env.HOME ?? '/root', hostname()],
};

/** A link written to leave the site through a backslash, which browsers read as a slash. */
export const OFF_SITE_LINK = {
	file: 'decisions/0201-off-site-link.md',
	page: 'decisions/0201-off-site-link/index.html',
	text: `---\ntitle: Off-site link\nstatus: accepted\ndate: 2025-10-01\n---\n\n[docs](/\\evil.example/x) and <a href="//evil.example/y">more</a>\n`,
};

/** Each bypass with the decision file that carries it and the page that file becomes. */
export const BODY_BYPASSES = BYPASSES.map((bypass, index) => {
	const id = `${String(100 + index).padStart(4, '0')}-${bypass.tag}`;
	const text = `---\ntitle: Bypass ${index}\nstatus: accepted\ndate: 2025-10-01\ndecision-makers: [Mara]\n---\n\n## Context\n\n${bypass.body}\n`;
	return { ...bypass, file: `decisions/${id}.${bypass.extension}`, text, page: `decisions/${id}/index.html` };
});

export const SITE_NAME = "Fixture </title><script>alert('site-name')</script>";
export const ITEM_TITLE = "Mesh </title><img src=x onerror=alert('item-title')><script>alert('item-title')</script>";

/** Markup in YAML and front matter strings, and quotes in URLs, which pages must print as text. */
export function addHostileStrings(content: ContentCopy): void {
	content.replace('site.yaml', 'name: Fixture Platform', `name: ${JSON.stringify(SITE_NAME)}`);
	content.replace('site.yaml', 'tagline: A tiny but complete content set for tests', `tagline: "\\"><img src=x onerror=alert('tagline')>"`);
	content.replace(
		'site.yaml',
		'feedbackUrl: https://github.com/example/fixture/discussions',
		`feedbackUrl: "https://example.com/\\"onmouseover=\\"alert('site-url')"`,
	);
	content.replace('roadmap/service-mesh.yaml', 'title: Service mesh', `title: ${JSON.stringify(ITEM_TITLE)}`);
	content.replace('roadmap/service-mesh.yaml', 'summary: A mesh for every cluster.', `summary: "<svg onload=alert('item-summary')>"`);
	content.replace('guides/basics/access.mdx', 'title: Get access', `title: "Access </title><script>alert('guide-title')</script>"`);
	content.replace('personas/app-developer.yaml', '  - I just want to deploy.', `  - "<script>alert('persona-quote')</script>"`);
	content.replace(
		'personas/app-developer.yaml',
		'name: Priya, product engineer',
		`name: "Priya <img src=x onerror=alert('persona-name')>"`,
	);
	content.replace(
		'journeys/first-service.yaml',
		'text: A ticket and two days of waiting.',
		`text: "</script><script>alert('pain-text')</script>"`,
	);
	content.replace(
		'decisions/0001-use-templates.mdx',
		'title: Use Helm charts per service',
		`title: "Helm <script>alert('decision-title')</script>"`,
	);
	content.replace('metrics/definitions.yaml', 'name: Onboarding time', `name: "Onboarding <script>alert('metric-name')</script>"`);
	content.replace('teams.yaml', 'name: Pipelines', `name: "Pipelines <script>alert('team-name')</script>"`);
	content.replace(
		'teams.yaml',
		'contact: https://chat.example/pipelines',
		`contact: "https://chat.example/\\"><script>alert('team-contact')</script>"`,
	);
	content.replace('areas.yaml', 'name: CI/CD', `name: "CI/CD <script>alert('area-name')</script>"`);
	content.replace('metrics/snapshots/2026-01-31.yaml', 'source: Monthly review', `source: "<script>alert('snapshot-source')</script>"`);
}
