import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, TextSchema } from './common.ts';

/** MADR statuses. */
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/**
 * A decision record, MADR 4 front matter. File: content/decisions/NNNN-slug.mdx; the body holds the
 * MADR sections. `superseded-by` is derived from other records' `supersedes`, never typed.
 */
export const DecisionSchema = z.strictObject({
	/** Short title naming the problem and the choice. */
	title: TextSchema,
	/** MADR status. */
	status: z.enum(DECISION_STATUSES),
	/** Day the status was last set. */
	date: IsoDateSchema,
	/** People who made the decision. */
	'decision-makers': z.array(TextSchema).default([]),
	/** People whose opinion was sought (two-way). */
	consulted: z.array(TextSchema).default([]),
	/** People kept up to date (one-way). */
	informed: z.array(TextSchema).default([]),
	/** Free tags for filtering. */
	tags: z.array(IdSchema).default([]),
	/** Records this one replaces: `ADR-0003` or `0003-slug`. */
	supersedes: z.array(z.string()).default([]),
	/** Roadmap item ids this decision shapes. */
	roadmap: z.array(IdSchema).default([]),
	/** Area id the decision belongs to. */
	area: IdSchema.optional(),
});

export type Decision = z.output<typeof DecisionSchema>;
