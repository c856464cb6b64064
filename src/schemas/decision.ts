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
	/** Short title naming the problem and the choice. */
	title: TextSchema,
	/** MADR status: the current one; earlier ones are in `history`. */
	status: z.enum(DECISION_STATUSES),
	/** Day the decision was made (or proposed, while it is proposed); later status changes go in `history`. */
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
