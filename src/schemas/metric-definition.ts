import { z } from 'astro/zod';
import { IdSchema, TextSchema, patterned } from './common.ts';
import { finiteNumber } from './measurement.ts';
import { CADENCES } from './site.ts';

/** Metric categories, after the KPI groups a platform PM reports on. */
export const METRIC_CATEGORIES = ['adoption', 'experience', 'delivery', 'health', 'cost', 'compliance'] as const;

/** Units a metric is measured in; pages format values by unit. */
export const METRIC_UNITS = ['percent', 'count', 'score', 'minutes', 'hours', 'days', 'per-day', 'per-week', 'currency'] as const;

export type MetricUnit = (typeof METRIC_UNITS)[number];

/**
 * How `npm run metrics:ingest` computes a metric from raw events, and the unit that computation yields
 * (DORA delivery metrics from deployment events, survey scores, catalog adoption).
 */
export const COMPUTED_FROM = {
	'delivery.deployment-frequency': 'per-day',
	'delivery.lead-time': 'hours',
	'delivery.change-fail-rate': 'percent',
	'delivery.recovery-time': 'hours',
	'delivery.rework-rate': 'percent',
	'survey.nps': 'score',
	'survey.csat': 'percent',
	'adoption.rate': 'percent',
} as const satisfies Record<string, MetricUnit>;

export type ComputedFrom = keyof typeof COMPUTED_FROM;

export const COMPUTED_FROM_NAMES = Object.keys(COMPUTED_FROM) as ComputedFrom[];

/** Units whose values are never negative: counts, durations and rates. */
export const NON_NEGATIVE_UNITS: readonly MetricUnit[] = ['count', 'minutes', 'hours', 'days', 'per-day', 'per-week'];

/** A bound of a band or range: a plain number, or left out for no bound on that side. */
const BoundSchema = finiteNumber('write a plain number, or leave the bound out for no limit on that side');

/** Reports a lower bound that is not below the upper one, at the lower bound. */
const minBelowMax = (what: string, hint: string) => (bounds: { min?: number; max?: number }, ctx: z.RefinementCtx) => {
	const { min, max } = bounds;
	if (min !== undefined && max !== undefined && min >= max) {
		ctx.addIssue({
			code: 'custom',
			path: ['min'],
			input: min,
			message: `the ${what} starts at ${min}, which is not below its max ${max}`,
			params: { hint },
		});
	}
};

/** One performance level of a benchmark, as a half-open range [min, max) in the metric's unit. */
export const BandLevelSchema = z
	.strictObject({
		label: TextSchema.describe('Level name, such as "elite".'),
		min: BoundSchema.optional().describe('Lowest value in the level (inclusive).'),
		max: BoundSchema.optional().describe('Highest value in the level (exclusive).'),
	})
	.superRefine(minBelowMax('level', 'a level covers min up to (not including) max: swap the two, or fix the one that is off'));

/**
 * Values a metric can take, inclusive, where its unit's own bounds do not fit: a percentage that can
 * pass 100, or a score from -100 to 100. Each bound given replaces the unit's bound on that side.
 */
export const MetricRangeSchema = z
	.strictObject({
		min: BoundSchema.optional().describe('Lowest possible value; for percentages 0 unless given.'),
		max: BoundSchema.optional().describe('Highest possible value; for percentages 100 unless given.'),
	})
	.superRefine(minBelowMax('range', 'make min the lowest possible value and max the highest'));

/** Benchmark bands with the report they come from; clusters change yearly, so the year is kept. */
export const BandsSchema = z.strictObject({
	source: TextSchema.describe('Report the bands come from, such as "DORA State of DevOps".'),
	year: z.number().int().min(2000).max(2100).describe('Report year.'),
	levels: z.array(BandLevelSchema).min(1).describe('Levels, best first.'),
});

/** A metric the platform tracks. File: content/metrics/definitions.yaml, a list. */
export const MetricDefinitionSchema = z
	.strictObject({
		id: IdSchema.describe('Kebab-case id that snapshots and roadmap items refer to.'),
		name: TextSchema.describe('Display name.'),
		category: z.enum(METRIC_CATEGORIES).describe('Which KPI group it belongs to.'),
		unit: z.enum(METRIC_UNITS).describe('Unit of every value.'),
		direction: z.enum(['up', 'down']).describe('Whether a higher (up) or lower (down) value is better.'),
		description: TextSchema.describe('What it measures and how, in a few sentences.'),
		source: TextSchema.describe('Where the numbers come from: system, survey or query.'),
		currency: patterned(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code', 'use three capital letters, such as EUR or USD')
			.optional()
			.describe('ISO 4217 code for currency metrics, such as EUR.'),
		target: finiteNumber("write the target as a plain number in the metric's unit")
			.optional()
			.describe('Value the platform team is aiming for.'),
		range: MetricRangeSchema.optional().describe(
			"Values the metric can take, where its unit's bounds (0-100 for percent, never negative for counts and durations) do not fit.",
		),
		bands: BandsSchema.optional().describe('Benchmark bands, such as DORA performance levels.'),
		computedFrom: z
			.enum(COMPUTED_FROM_NAMES)
			.optional()
			.describe(
				'What `npm run metrics:ingest` computes this metric from, such as delivery.lead-time or survey.nps; leave it out for metrics typed by hand.',
			),
		cadence: z
			.enum(CADENCES)
			.optional()
			.describe('How often this metric is measured, where it differs from metricsCadence in site.yaml, such as quarterly for a survey.'),
	})
	.superRefine((definition, ctx) => {
		const computed = definition.computedFrom && COMPUTED_FROM[definition.computedFrom];
		if (computed && computed !== definition.unit) {
			ctx.addIssue({
				code: 'custom',
				path: ['unit'],
				input: definition.unit,
				message: `a metric computed from ${definition.computedFrom} is measured in ${computed}`,
				params: { hint: `set unit: ${computed}, or remove computedFrom and type the values by hand` },
			});
		}
		const min = definition.range?.min;
		if (min !== undefined && min < 0 && NON_NEGATIVE_UNITS.includes(definition.unit)) {
			ctx.addIssue({
				code: 'custom',
				path: ['range', 'min'],
				input: min,
				message: `a ${definition.unit} metric is never negative`,
				params: { hint: 'set min to 0 or more, or leave it out; a value that can fall below zero is a score' },
			});
		}
	});

export type MetricDefinition = z.output<typeof MetricDefinitionSchema>;
