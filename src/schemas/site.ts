import { z } from 'astro/zod';
import { SafeUrlSchema, TextSchema } from './common.ts';

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
	reviewCadence: z.enum(['weekly', 'fortnightly', 'monthly', 'quarterly']),
	/** True lets bodies use full MDX (import/export, {expressions}, any component); only for a site whose every author is trusted. Default false. */
	trustedMdx: z.boolean().optional(),
});

export type Site = z.output<typeof SiteSchema>;
