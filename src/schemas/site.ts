import { z } from 'astro/zod';
import { SafeUrlSchema, TextSchema, withHint } from './common.ts';

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

/** How often something recurring happens: a roadmap review, a metric snapshot. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly', 'quarterly'] as const;

/** Site-wide settings. File: content/site.yaml. */
export const SiteSchema = z.strictObject({
	name: TextSchema.describe('Platform name shown in the header, such as "Harbor".'),
	organisation: TextSchema.describe('Organisation that runs the platform.'),
	tagline: TextSchema.describe('One line on what the platform is for.'),
	repoUrl: SafeUrlSchema.describe('Repository that holds this content; edit links point into it.'),
	editBranch: z.string().default('main').describe('Branch edit links point at.'),
	feedbackUrl: SafeUrlSchema.describe('Where developers give feedback on the platform.'),
	reviewCadence: z.enum(CADENCES).describe('How often the roadmap is reviewed.'),
	metricsCadence: z
		.enum(CADENCES)
		.default('monthly')
		.describe(
			'How often metric snapshots are taken: weekly, fortnightly, monthly or quarterly. A page whose latest value is older than this warns that it may be out of date. Default monthly.',
		),
	trustedMdx: z
		.boolean()
		.optional()
		.describe(
			'True lets bodies use full MDX (import/export, {expressions}, any component); only for a site whose every author is trusted. Default false.',
		),
	adoption: AdoptionMarkerSchema.optional().describe(
		'What marks a Backstage component as on the platform, for the adoption rate `npm run metrics:ingest -- adoption` computes.',
	),
});

export type Site = z.output<typeof SiteSchema>;
