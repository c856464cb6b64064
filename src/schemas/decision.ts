import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, SafeUrlSchema, TextSchema } from './common.ts';

/** MADR statuses. */
export const DECISION_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;

/** One status change after the decision was made. */
export const StatusChangeSchema = z.strictObject({
	status: z.enum(DECISION_STATUSES).describe('The status the record took on that day.'),
	date: IsoDateSchema.describe('Day the status changed, YYYY-MM-DD.'),
	note: TextSchema.optional().describe('Why the status changed, in a sentence.'),
});

export type StatusChange = z.output<typeof StatusChangeSchema>;

/**
 * A decision record, MADR 4 front matter. File: content/decisions/NNNN-slug.mdx; the body holds the
 * MADR sections. `superseded-by` is derived from other records' `supersedes`, never typed.
 */
export const DecisionSchema = z.strictObject({
	title: TextSchema.describe('Short title naming the problem and the choice.'),
	status: z.enum(DECISION_STATUSES).describe('MADR status: the current one; earlier ones are in `history`.'),
	date: IsoDateSchema.describe('Day the decision was made (or proposed, while it is proposed); later status changes go in `history`.'),
	'decision-makers': z.array(TextSchema).default([]).describe('People who made the decision.'),
	consulted: z.array(TextSchema).default([]).describe('People whose opinion was sought (two-way).'),
	informed: z.array(TextSchema).default([]).describe('People kept up to date (one-way).'),
	tags: z.array(IdSchema).default([]).describe('Free tags for filtering.'),
	supersedes: z.array(z.string()).default([]).describe('Records this one replaces: `ADR-0003` or `0003-slug`.'),
	roadmap: z.array(IdSchema).default([]).describe('Roadmap item ids this decision shapes.'),
	area: IdSchema.optional().describe('Area id the decision belongs to.'),
	history: z
		.array(StatusChangeSchema)
		.default([])
		.describe(
			'Status changes after `date`, oldest first, such as {status: deprecated, date: 2026-09-15, note: ...}; the last one is the current `status`.',
		),
	feedbackUrl: SafeUrlSchema.optional().describe(
		"Where to comment on the record while it is proposed, such as its pull request; defaults to the site's feedback URL.",
	),
});

export type Decision = z.output<typeof DecisionSchema>;
