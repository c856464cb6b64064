import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, QuarterSchema, SafeUrlSchema, TextSchema, withHint } from './common.ts';

/** Roadmap horizons, in board order. */
export const HORIZONS = ['now', 'next', 'later', 'exploring', 'shipped', 'declined'] as const;

/** Release phases a roadmap item moves through; none shares a word with a horizon. */
export const PHASES = ['discovery', 'in-design', 'preview', 'ga'] as const;

/** Phase values that were renamed, with what replaced them, so the content check can say so. */
export const RENAMED_PHASES: Readonly<Record<string, (typeof PHASES)[number]>> = { exploring: 'discovery' };

/** A release phase; an old value gets a hint naming its replacement. */
export const PhaseSchema = z
	.string()
	.refine((value) => !(value in RENAMED_PHASES), {
		...withHint(
			'this phase was renamed, so that no word is both a horizon and a phase',
			`write ${Object.entries(RENAMED_PHASES)
				.map(([old, replacement]) => `phase: ${replacement} instead of phase: ${old}`)
				.join('; ')}; the horizon "exploring" keeps its name`,
		),
		abort: true,
	})
	.pipe(z.enum(PHASES))
	.describe('Release phase: discovery, in-design, preview or ga ("exploring" was renamed "discovery").');

/** A metric the item should move, with the target that counts as success. */
export const SuccessMetricSchema = z.strictObject({
	/** Metric definition id. */
	metric: IdSchema,
	/** Value that counts as success, in the metric's unit. */
	target: z.number(),
	/** Value when the item was planned. */
	baseline: z.number().optional(),
	/** Quarter by which the target should be met. */
	by: QuarterSchema.optional(),
});

/** RICE inputs (Intercom): reach per quarter, impact 0.25..3, confidence 0..1, effort in person-months. */
export const RiceSchema = z.strictObject({
	/** People or events per quarter. */
	reach: z.number().nonnegative(),
	/** 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal. */
	impact: z.literal([3, 2, 1, 0.5, 0.25]),
	/** 1 (100%), 0.8 or 0.5. */
	confidence: z.literal([1, 0.8, 0.5]).describe('Confidence in the estimate: 1 (100%), 0.8 (80%) or 0.5 (50%).'),
	/** Person-months, more than zero. */
	effort: z.number().positive(),
});

const fibonacci = z.literal([1, 2, 3, 5, 8, 13, 20]);

/** WSJF inputs (SAFe), each on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. */
export const WsjfSchema = z.strictObject({
	/** User and business value. */
	value: fibonacci,
	/** Time criticality. */
	timeCriticality: fibonacci,
	/** Risk reduction and opportunity enablement. */
	riskReduction: fibonacci,
	/** Job size. */
	jobSize: fibonacci,
});

/** ICE inputs, each 1-10; `method` says whether to multiply (default) or average. */
export const IceSchema = z.strictObject({
	/** Impact 1-10. */
	impact: z.number().min(1).max(10),
	/** Confidence 1-10. */
	confidence: z.number().min(1).max(10),
	/** Ease 1-10. */
	ease: z.number().min(1).max(10),
	/** How the three combine. */
	method: z.enum(['product', 'average']).default('product'),
});

/** Exactly one prioritisation model; scores are only compared within one model. */
export const PrioritySchema = z
	.strictObject({
		/** Reach x impact x confidence / effort. */
		rice: RiceSchema.optional(),
		/** Cost of delay / job size. */
		wsjf: WsjfSchema.optional(),
		/** Impact, confidence and ease. */
		ice: IceSchema.optional(),
	})
	.refine(
		(priority) => Object.values(priority).filter(Boolean).length === 1,
		withHint('expected exactly one prioritisation model', 'keep one of rice, wsjf or ice: scores are only comparable within one model'),
	);

/** Evidence of demand for the item. */
export const DemandSchema = z.strictObject({
	/** Votes or +1s gathered. */
	votes: z.number().int().nonnegative().optional(),
	/** Teams that asked for it. */
	requests: z.number().int().nonnegative().optional(),
	/** Where the demand was recorded, in a sentence. */
	note: TextSchema.optional(),
});

/** A roadmap item. File: content/roadmap/<id>.yaml, or .mdx with a body on how it will work. */
export const RoadmapItemSchema = z.strictObject({
	/** Short title, such as "Preview environments per pull request". */
	title: TextSchema,
	/** One or two sentences a developer can scan on the board. */
	summary: TextSchema,
	/** Where the item sits: now, next, later, exploring, shipped or declined. */
	horizon: z.enum(HORIZONS),
	/** Release phase: discovery, in-design, preview or ga. */
	phase: PhaseSchema.optional(),
	/** Area ids (content/areas.yaml). */
	area: z.array(IdSchema).min(1),
	/** Persona ids the item serves. */
	personas: z.array(IdSchema).default([]),
	/** Pains it removes, as `<journey-id>#<pain-id>`. */
	addresses: z.array(z.string()).default([]),
	/** The change in developers' lives that counts as success. */
	outcome: TextSchema,
	/** Metrics the item should move. */
	successMetrics: z.array(SuccessMetricSchema).default([]),
	/** Rough timing as a quarter, only where confidence allows. */
	targetWindow: QuarterSchema.optional(),
	/** How sure the team is of scope and timing. */
	confidence: z.enum(['high', 'medium', 'low']),
	/** Owning team ids (content/teams.yaml). */
	owner: z.array(IdSchema).min(1),
	/** Decision records behind the item: `ADR-0007` or `0007-slug`. */
	decisions: z.array(z.string()).default([]),
	/** Roadmap item ids that must ship first. */
	dependsOn: z.array(IdSchema).default([]),
	/** Prioritisation inputs under one model. */
	priority: PrioritySchema.optional(),
	/** Evidence of demand. */
	demand: DemandSchema.optional(),
	/** Where developers can comment on the item. */
	feedbackUrl: SafeUrlSchema.optional(),
	/** Link to the docs or changelog entry once shipped. */
	docsUrl: SafeUrlSchema.optional(),
	/** Day it shipped; required when horizon is shipped. */
	shippedOn: IsoDateSchema.optional(),
	/** Why it was declined; required when horizon is declined. */
	declinedReason: TextSchema.optional(),
	/** Day the item was last reviewed by the team. */
	lastReviewed: IsoDateSchema,
});

export type RoadmapItem = z.output<typeof RoadmapItemSchema>;
export type Priority = z.output<typeof PrioritySchema>;
