import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

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

/**
 * The guide front matter Trailmap checks without Astro: Starlight's title and description plus
 * Trailmap's fields. The site extends Starlight's full docs schema with the same fields.
 */
export const GuideSchema = z.looseObject({
	/** Page title. */
	title: TextSchema,
	/** One-line description for search and social cards. */
	description: TextSchema.optional(),
	...GuideFieldsSchema.shape,
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
