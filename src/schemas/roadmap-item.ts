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
	metric: IdSchema.describe('Metric definition id.'),
	target: z.number().describe("Value that counts as success, in the metric's unit."),
	baseline: z.number().optional().describe('Value when the item was planned.'),
	by: QuarterSchema.optional().describe('Quarter by which the target should be met.'),
});

/** RICE inputs (Intercom): reach per quarter, impact 0.25..3, confidence 0..1, effort in person-months. */
export const RiceSchema = z.strictObject({
	reach: z.number().nonnegative().describe('People or events per quarter.'),
	impact: z.literal([3, 2, 1, 0.5, 0.25]).describe('3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal.'),
	confidence: z.literal([1, 0.8, 0.5]).describe('Confidence in the estimate: 1 (100%), 0.8 (80%) or 0.5 (50%).'),
	effort: z.number().positive().describe('Person-months, more than zero.'),
});

const fibonacci = z.literal([1, 2, 3, 5, 8, 13, 20]);

/** WSJF inputs (SAFe), each on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20. */
export const WsjfSchema = z.strictObject({
	value: fibonacci.describe('User and business value.'),
	timeCriticality: fibonacci.describe('Time criticality.'),
	riskReduction: fibonacci.describe('Risk reduction and opportunity enablement.'),
	jobSize: fibonacci.describe('Job size.'),
});

/** ICE inputs, each 1-10; `method` says whether to multiply (default) or average. */
export const IceSchema = z.strictObject({
	impact: z.number().min(1).max(10).describe('Impact 1-10.'),
	confidence: z.number().min(1).max(10).describe('Confidence 1-10.'),
	ease: z.number().min(1).max(10).describe('Ease 1-10.'),
	method: z.enum(['product', 'average']).default('product').describe('How the three combine.'),
});

/** Exactly one prioritisation model; scores are only compared within one model. */
export const PrioritySchema = z
	.strictObject({
		rice: RiceSchema.optional().describe('Reach x impact x confidence / effort.'),
		wsjf: WsjfSchema.optional().describe('Cost of delay / job size.'),
		ice: IceSchema.optional().describe('Impact, confidence and ease.'),
	})
	.refine(
		(priority) => Object.values(priority).filter(Boolean).length === 1,
		withHint('expected exactly one prioritisation model', 'keep one of rice, wsjf or ice: scores are only comparable within one model'),
	);

/** Evidence of demand for the item. */
export const DemandSchema = z.strictObject({
	votes: z.number().int().nonnegative().optional().describe('Votes or +1s gathered.'),
	requests: z.number().int().nonnegative().optional().describe('Teams that asked for it.'),
	note: TextSchema.optional().describe('Where the demand was recorded, in a sentence.'),
});

/** A roadmap item. File: content/roadmap/<id>.yaml, or .mdx with a body on how it will work. */
export const RoadmapItemSchema = z.strictObject({
	title: TextSchema.describe('Short title, such as "Preview environments per pull request".'),
	summary: TextSchema.describe('One or two sentences a developer can scan on the board.'),
	horizon: z.enum(HORIZONS).describe('Where the item sits: now, next, later, exploring, shipped or declined.'),
	phase: PhaseSchema.optional().describe('Release phase: discovery, in-design, preview or ga.'),
	area: z.array(IdSchema).min(1).describe('Area ids (content/areas.yaml).'),
	personas: z.array(IdSchema).default([]).describe('Persona ids the item serves.'),
	addresses: z.array(z.string()).default([]).describe('Pains it removes, as `<journey-id>#<pain-id>`.'),
	outcome: TextSchema.describe("The change in developers' lives that counts as success."),
	successMetrics: z.array(SuccessMetricSchema).default([]).describe('Metrics the item should move.'),
	targetWindow: QuarterSchema.optional().describe('Rough timing as a quarter, only where confidence allows.'),
	confidence: z.enum(['high', 'medium', 'low']).describe('How sure the team is of scope and timing.'),
	owner: z.array(IdSchema).min(1).describe('Owning team ids (content/teams.yaml).'),
	decisions: z.array(z.string()).default([]).describe('Decision records behind the item: `ADR-0007` or `0007-slug`.'),
	dependsOn: z.array(IdSchema).default([]).describe('Roadmap item ids that must ship first.'),
	priority: PrioritySchema.optional().describe('Prioritisation inputs under one model.'),
	demand: DemandSchema.optional().describe('Evidence of demand.'),
	feedbackUrl: SafeUrlSchema.optional().describe('Where developers can comment on the item.'),
	docsUrl: SafeUrlSchema.optional().describe('Link to the docs or changelog entry once shipped.'),
	shippedOn: IsoDateSchema.optional().describe('Day it shipped; required when horizon is shipped.'),
	declinedReason: TextSchema.optional().describe('Why it was declined; required when horizon is declined.'),
	lastReviewed: IsoDateSchema.describe('Day the item was last reviewed by the team.'),
});

export type RoadmapItem = z.output<typeof RoadmapItemSchema>;
export type Priority = z.output<typeof PrioritySchema>;
