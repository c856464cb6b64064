import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, TextSchema } from './common.ts';

/** MADR statuses. */
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/**
 * A decision record, MADR 4 front matter. File: content/decisions/NNNN-slug.mdx; the body holds the
 * MADR sections. `superseded-by` is derived from other records' `supersedes`, never typed.
 */
export const DecisionSchema = z.strictObject({
	title: TextSchema.describe('Short title naming the problem and the choice.'),
	status: z.enum(DECISION_STATUSES).describe('MADR status.'),
	date: IsoDateSchema.describe('Day the status was last set.'),
	'decision-makers': z.array(TextSchema).default([]).describe('People who made the decision.'),
	consulted: z.array(TextSchema).default([]).describe('People whose opinion was sought (two-way).'),
	informed: z.array(TextSchema).default([]).describe('People kept up to date (one-way).'),
	tags: z.array(IdSchema).default([]).describe('Free tags for filtering.'),
	supersedes: z.array(z.string()).default([]).describe('Records this one replaces: `ADR-0003` or `0003-slug`.'),
	roadmap: z.array(IdSchema).default([]).describe('Roadmap item ids this decision shapes.'),
	area: IdSchema.optional().describe('Area id the decision belongs to.'),
});

export type Decision = z.output<typeof DecisionSchema>;
