import { describe, expect, it } from 'vitest';
import { GuideSchema } from '../../src/schemas/guide.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { problemsAfter, replace } from './fixture.ts';

const GUIDE = { title: 'Set up your laptop', personas: ['app-developer'], minutes: 30, outcome: 'You can build a service locally.' };

describe('guide front matter', () => {
	it('accepts Trailmap’s fields and the safe part of Starlight’s', () => {
		const guide = {
			...GUIDE,
			description: 'One line.',
			sidebar: { label: 'Laptop', order: 2, hidden: false },
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
			draft: true,
		};
		expect(GuideSchema.safeParse(guide).success).toBe(true);
		expect(GuideSchema.safeParse({ ...GUIDE, tableOfContents: false }).success).toBe(true);
	});

	it.each([
		['head', [{ tag: 'script', content: 'alert(1)' }], 'Trailmap sets the page head itself; remove it'],
		['banner', { content: '<img src=x onerror=alert(1)>' }, 'a banner is raw HTML'],
		['hero', { title: 'x', actions: [{ text: 'go', link: 'javascript:alert(1)' }] }, 'no hero section'],
		['editUrl', 'javascript:alert(1)', 'repoUrl, editBranch'],
		['template', 'splash', 'guide layout'],
		['pagefind', false, 'search'],
	])('refuses Starlight’s %s with a hint', (field, value, hint) => {
		const issues = GuideSchema.safeParse({ ...GUIDE, [field]: value }).error?.issues ?? [];
		expect(issues).toEqual([
			expect.objectContaining({
				path: [field],
				message: 'this Starlight field does not apply to Trailmap guides',
				params: { hint: expect.stringContaining(hint) },
			}),
		]);
	});

	it('refuses unknown fields, inside sidebar too', () => {
		expect(GuideSchema.safeParse({ ...GUIDE, layout: '../../src/pages/index.astro' }).error?.issues[0]).toMatchObject({
			code: 'unrecognized_keys',
		});
		expect(GuideSchema.safeParse({ ...GUIDE, sidebar: { attrs: { onclick: 'x' } } }).error?.issues[0]).toMatchObject({
			code: 'unrecognized_keys',
			path: ['sidebar'],
		});
	});

	it('refuses a table of contents whose range is upside down', () => {
		expect(GuideSchema.safeParse({ ...GUIDE, tableOfContents: { minHeadingLevel: 4 } }).error?.issues[0].message).toBe(
			'minHeadingLevel is above maxHeadingLevel',
		);
	});

	it('is reported by the content check at the field, with the hint', async () => {
		const problems = await problemsAfter({ 'guides/basics/setup.mdx': replace('minutes: 30', 'minutes: 30\nhead:\n  - tag: script') });
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'guides/basics/setup.mdx',
				line: 6,
				field: 'head',
				message: 'this Starlight field does not apply to Trailmap guides',
				hint: 'Trailmap sets the page head itself; remove it',
			}),
		]);
	});
});

describe('the site’s trustedMdx setting', () => {
	const SITE = {
		name: 'Runway',
		organisation: 'Kestrel',
		tagline: 'Paved road',
		repoUrl: 'https://github.com/x/y',
		feedbackUrl: '/',
		reviewCadence: 'monthly',
	};

	it('is optional and off unless set to true', () => {
		expect(SiteSchema.parse(SITE).trustedMdx).toBeUndefined();
		expect(SiteSchema.parse({ ...SITE, trustedMdx: true }).trustedMdx).toBe(true);
	});

	it('takes only true or false', () => {
		expect(SiteSchema.safeParse({ ...SITE, trustedMdx: 'yes' }).success).toBe(false);
	});
});
