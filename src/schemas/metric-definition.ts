import { z } from 'astro/zod';
import { IdSchema, TextSchema, withHint } from './common.ts';

/** Metric categories, after the KPI groups a platform PM reports on. */
export const METRIC_CATEGORIES = ['adoption', 'experience', 'delivery', 'health', 'cost', 'compliance'] as const;

/** Units a metric is measured in; pages format values by unit. */
export const METRIC_UNITS = ['percent', 'count', 'score', 'minutes', 'hours', 'days', 'per-day', 'per-week', 'currency'] as const;

/** One performance level of a benchmark, as a half-open range [min, max) in the metric's unit. */
export const BandLevelSchema = z.strictObject({
	/** Level name, such as "elite". */
	label: TextSchema,
	/** Lowest value in the level (inclusive). */
	min: z.number().optional(),
	/** Highest value in the level (exclusive). */
	max: z.number().optional(),
});

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
export const MetricDefinitionSchema = z.strictObject({
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
	target: z.number().optional(),
	/** Benchmark bands, such as DORA performance levels. */
	bands: BandsSchema.optional(),
});

export type MetricDefinition = z.output<typeof MetricDefinitionSchema>;
