import { z } from 'astro/zod';
import { SafeUrlSchema, TextSchema, withHint } from './common.ts';

/** Site-wide settings. File: content/site.yaml. */
/** How `npm run metrics:ingest -- adoption` tells a catalog component that is on the platform from one that is not. */
export const AdoptionMarkerSchema = z
	.strictObject({
		annotation: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				'Backstage annotation key a component on the platform carries with a non-empty value, such as runway.kestrel.example/template.',
			),
		tag: z.string().trim().min(1).optional().describe('Backstage tag a component on the platform carries, such as golden-path.'),
		types: z
			.array(z.string().trim().min(1))
			.min(1)
			.optional()
			.describe('Component spec.type values that count, such as [service, website]; every component counts when left out.'),
	})
	.refine(
		(marker) => marker.annotation !== undefined || marker.tag !== undefined,
		withHint('expected an annotation or a tag', 'name the annotation key or the tag that marks a component on the platform'),
	);

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
	adoption: AdoptionMarkerSchema.optional().describe(
		'What marks a Backstage component as on the platform, for the adoption rate `npm run metrics:ingest -- adoption` computes.',
	),
});

export type Site = z.output<typeof SiteSchema>;
