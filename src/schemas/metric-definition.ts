import { z } from 'astro/zod';
import { IdSchema, TextSchema, withHint } from './common.ts';
import { finiteNumber } from './measurement.ts';
import { CADENCES } from './site.ts';

/** Metric categories, after the KPI groups a platform PM reports on. */
export const METRIC_CATEGORIES = ['adoption', 'experience', 'delivery', 'health', 'cost', 'compliance'] as const;

/** Units a metric is measured in; pages format values by unit. */
export const METRIC_UNITS = ['percent', 'count', 'score', 'minutes', 'hours', 'days', 'per-day', 'per-week', 'currency'] as const;

export type MetricUnit = (typeof METRIC_UNITS)[number];

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
		/** Level name, such as "elite". */
		label: TextSchema,
		/** Lowest value in the level (inclusive). */
		min: BoundSchema.optional(),
		/** Highest value in the level (exclusive). */
		max: BoundSchema.optional(),
	})
	.superRefine(minBelowMax('level', 'a level covers min up to (not including) max: swap the two, or fix the one that is off'));

/**
 * Values a metric can take, inclusive, where its unit's own bounds do not fit: a percentage that can
 * pass 100, or a score from -100 to 100. Each bound given replaces the unit's bound on that side.
 */
export const MetricRangeSchema = z
	.strictObject({
		/** Lowest possible value; for percentages 0 unless given. */
		min: BoundSchema.optional(),
		/** Highest possible value; for percentages 100 unless given. */
		max: BoundSchema.optional(),
	})
	.superRefine(minBelowMax('range', 'make min the lowest possible value and max the highest'));

/** Benchmark bands with the report they come from; clusters change yearly, so the year is kept. */
export const BandsSchema = z.strictObject({
	/** Report the bands come from, such as "DORA State of DevOps". */
	source: TextSchema,
	/** Report year. */
	year: z.number().int().min(2000).max(2100),
	/** Levels, best first. */
	levels: z.array(BandLevelSchema).min(1),
});

/** A metric the platform tracks. File: content/metrics/definitions.yaml, a list. */
export const MetricDefinitionSchema = z
	.strictObject({
		/** Kebab-case id that snapshots and roadmap items refer to. */
		id: IdSchema,
		/** Display name. */
		name: TextSchema,
		/** Which KPI group it belongs to. */
		category: z.enum(METRIC_CATEGORIES),
		/** Unit of every value. */
		unit: z.enum(METRIC_UNITS),
		/** Whether a higher (up) or lower (down) value is better. */
		direction: z.enum(['up', 'down']),
		/** What it measures and how, in a few sentences. */
		description: TextSchema,
		/** Where the numbers come from: system, survey or query. */
		source: TextSchema,
		/** ISO 4217 code for currency metrics, such as EUR. */
		currency: z
			.string()
			.refine(
				(value) => /^[A-Z]{3}$/.test(value),
				withHint('expected an ISO 4217 currency code', 'use three capital letters, such as EUR or USD'),
			)
			.optional(),
		/** Value the platform team is aiming for. */
		target: finiteNumber("write the target as a plain number in the metric's unit").optional(),
		/** Values the metric can take, where its unit's bounds (0-100 for percent, never negative for counts and durations) do not fit. */
		range: MetricRangeSchema.optional(),
		/** Benchmark bands, such as DORA performance levels. */
		bands: BandsSchema.optional(),
		/** How often this metric is measured, where it differs from the site's metricsCadence (a quarterly survey). */
		cadence: z
			.enum(CADENCES)
			.optional()
			.describe('How often this metric is measured, where it differs from metricsCadence in site.yaml, such as quarterly for a survey.'),
	})
	.superRefine((definition, ctx) => {
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
