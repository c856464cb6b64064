import { z } from 'astro/zod';
import { SafeUrlSchema, TextSchema } from './common.ts';

/** How often something recurring happens: a roadmap review, a metric snapshot. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'quarterly'] as const;

/** Site-wide settings. File: content/site.yaml. */
export const SiteSchema = z.strictObject({
	/** Platform name shown in the header, such as "Harbor". */
	name: TextSchema,
	/** Organisation that runs the platform. */
	organisation: TextSchema,
	/** One line on what the platform is for. */
	tagline: TextSchema,
	/** Repository that holds this content; edit links point into it. */
	repoUrl: SafeUrlSchema,
	/** Branch edit links point at. */
	editBranch: z.string().default('main'),
	/** Where developers give feedback on the platform. */
	feedbackUrl: SafeUrlSchema,
	/** How often the roadmap is reviewed. */
	reviewCadence: z.enum(CADENCES),
	/** How often metric snapshots are taken; a page whose latest value is older than this warns that it may be out of date. Default monthly. */
	metricsCadence: z
		.enum(CADENCES)
		.default('monthly')
		.describe(
			'How often metric snapshots are taken: weekly, fortnightly, monthly or quarterly. A page whose latest value is older than this warns that it may be out of date. Default monthly.',
		),
	/** True lets bodies use full MDX (import/export, {expressions}, any component); only for a site whose every author is trusted. Default false. */
	trustedMdx: z.boolean().optional(),
});

export type Site = z.output<typeof SiteSchema>;
