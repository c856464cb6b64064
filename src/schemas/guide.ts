import { z } from 'astro/zod';
import { IdSchema, TextSchema, withHint } from './common.ts';

/** Trailmap's fields on top of Starlight's docs front matter. */
export const GuideFieldsSchema = z.object({
	personas: z.array(IdSchema).default([]).describe('Persona ids the guide is written for.'),
	minutes: z.number().int().positive().describe('Minutes a reader needs to finish it.'),
	prerequisites: z
		.array(z.string())
		.default([])
		.describe('Guides to read first, as paths under content/guides without extension, such as "basics/access".'),
	outcome: TextSchema.describe('What the reader can do at the end.'),
});

/** Where the guide appears in the guides navigation. */
export const GuideSidebarSchema = z.strictObject({
	label: TextSchema.optional().describe('Shorter title for the navigation; defaults to the title.'),
	order: z.number().optional().describe("Position among its section's guides, lowest first; guides without one follow, by file name."),
	hidden: z.boolean().optional().describe('Leave the guide out of the navigation; it is still published.'),
});

/** Headings listed in the guide's table of contents: false for none, or a range of heading levels. */
export const GuideTableOfContentsSchema = z.union([
	z.boolean(),
	z
		.strictObject({
			minHeadingLevel: z.int().min(1).max(6).optional().describe('Highest heading level listed, 1-6; default 2.'),
			maxHeadingLevel: z.int().min(1).max(6).optional().describe('Lowest heading level listed, 1-6; default 3.'),
		})
		.refine(
			({ minHeadingLevel = 2, maxHeadingLevel = 3 }) => minHeadingLevel <= maxHeadingLevel,
			withHint('minHeadingLevel is above maxHeadingLevel', 'make minHeadingLevel at most maxHeadingLevel, such as 2 and 3'),
		),
]);

/** A Starlight front-matter field that Trailmap guides refuse, with what to do instead. */
const refused = (hint: string) =>
	z
		.unknown()
		.refine(() => false, withHint('this Starlight field does not apply to Trailmap guides', hint))
		.optional()
		// `not: {}` makes editors flag the field as the check does.
		.meta({ description: `Refused: ${hint}.`, not: {} });

/**
 * Guide front matter, strictly: Trailmap's fields and the safe part of Starlight's (title, description,
 * sidebar label, order and hidden, tableOfContents, draft). Starlight's fields that render raw HTML or
 * links, or change the page's layout, are refused with a hint, and so is any unknown field.
 */
export const GuideSchema = z.strictObject({
	title: TextSchema.describe('Page title.'),
	description: TextSchema.optional().describe('One-line description for search and social cards.'),
	sidebar: GuideSidebarSchema.optional().describe('Navigation label, order and visibility.'),
	tableOfContents: GuideTableOfContentsSchema.optional().describe('Headings listed beside the guide.'),
	draft: z.boolean().optional().describe('A draft is left out of production builds.'),
	...GuideFieldsSchema.shape,
	head: refused('Trailmap sets the page head itself; remove it'),
	banner: refused('a banner is raw HTML, which content may not carry; remove it and start the body with an aside such as :::note instead'),
	hero: refused('guides have no hero section; remove it and start the body with the text itself'),
	editUrl: refused('edit links point into the repository set in site.yaml (repoUrl, editBranch); remove it'),
	template: refused('every guide uses the guide layout; remove it'),
	pagefind: refused('every published guide is in the search; remove it, or mark the guide draft: true'),
});

/** One persona's ordered onboarding path. File: content/guides/paths.yaml, keyed by persona id. */
export const OnboardingPathSchema = z.strictObject({
	title: TextSchema.describe('Path title, such as "Your first week as an app developer".'),
	intro: TextSchema.describe('Why this order, in a sentence or two.'),
	steps: z.array(z.string()).min(1).describe('Guide refs in reading order.'),
});

export type Guide = z.output<typeof GuideSchema>;
export type OnboardingPath = z.output<typeof OnboardingPathSchema>;
