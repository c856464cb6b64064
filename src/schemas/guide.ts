import { z } from 'astro/zod';
import { IdSchema, TextSchema, withHint } from './common.ts';

/** Trailmap's fields on top of Starlight's docs front matter. */
export const GuideFieldsSchema = z.object({
	/** Persona ids the guide is written for. */
	personas: z.array(IdSchema).default([]),
	/** Minutes a reader needs to finish it. */
	minutes: z.number().int().positive(),
	/** Guides to read first, as paths under content/guides without extension, such as "basics/access". */
	prerequisites: z.array(z.string()).default([]),
	/** What the reader can do at the end. */
	outcome: TextSchema,
});

/** Where the guide appears in the guides navigation. */
export const GuideSidebarSchema = z.strictObject({
	/** Shorter title for the navigation; defaults to the title. */
	label: TextSchema.optional(),
	/** Position among its section's guides, lowest first; guides without one follow, by file name. */
	order: z.number().optional(),
	/** Leave the guide out of the navigation; it is still published. */
	hidden: z.boolean().optional(),
});

/** Headings listed in the guide's table of contents: false for none, or a range of heading levels. */
export const GuideTableOfContentsSchema = z.union([
	z.boolean(),
	z
		.strictObject({
			/** Highest heading level listed, 1-6; default 2. */
			minHeadingLevel: z.int().min(1).max(6).optional(),
			/** Lowest heading level listed, 1-6; default 3. */
			maxHeadingLevel: z.int().min(1).max(6).optional(),
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
		.optional();

/**
 * Guide front matter, strictly: Trailmap's fields and the safe part of Starlight's (title, description,
 * sidebar label, order and hidden, tableOfContents, draft). Starlight's fields that render raw HTML or
 * links, or change the page's layout, are refused with a hint, and so is any unknown field.
 */
export const GuideSchema = z.strictObject({
	/** Page title. */
	title: TextSchema,
	/** One-line description for search and social cards. */
	description: TextSchema.optional(),
	/** Navigation label, order and visibility. */
	sidebar: GuideSidebarSchema.optional(),
	/** Headings listed beside the guide. */
	tableOfContents: GuideTableOfContentsSchema.optional(),
	/** A draft is left out of production builds. */
	draft: z.boolean().optional(),
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
	/** Path title, such as "Your first week as an app developer". */
	title: TextSchema,
	/** Why this order, in a sentence or two. */
	intro: TextSchema,
	/** Guide refs in reading order. */
	steps: z.array(z.string()).min(1),
});

export type Guide = z.output<typeof GuideSchema>;
export type OnboardingPath = z.output<typeof OnboardingPathSchema>;
