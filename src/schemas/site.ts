import { z } from 'astro/zod';
import { SafeUrlSchema, TextSchema } from './common.ts';

/** Site-wide settings. File: content/site.yaml. */
export const SiteSchema = z.strictObject({
	name: TextSchema.describe('Platform name shown in the header, such as "Harbor".'),
	organisation: TextSchema.describe('Organisation that runs the platform.'),
	tagline: TextSchema.describe('One line on what the platform is for.'),
	repoUrl: SafeUrlSchema.describe('Repository that holds this content; edit links point into it.'),
	editBranch: z.string().default('main').describe('Branch edit links point at.'),
	feedbackUrl: SafeUrlSchema.describe('Where developers give feedback on the platform.'),
	reviewCadence: z.enum(['weekly', 'fortnightly', 'monthly', 'quarterly']).describe('How often the roadmap is reviewed.'),
	trustedMdx: z
		.boolean()
		.optional()
		.describe(
			'True lets bodies use full MDX (import/export, {expressions}, any component); only for a site whose every author is trusted. Default false.',
		),
});

export type Site = z.output<typeof SiteSchema>;
