import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, TextSchema, withHint } from './common.ts';
import { MeasurementSchema } from './measurement.ts';

/** How many responses, deployments or components a value was computed from. */
const SampleSizeSchema = z
	.number()
	.refine(
		(value) => Number.isInteger(value) && value >= 0,
		withHint('expected a whole number of 0 or more', 'write how many responses, deployments or components the value comes from'),
	);

/**
 * One measurement of several metrics on one day. Snapshots are immutable history: a new measurement
 * is a new file under content/metrics/snapshots/ (YAML, JSON, or CSV with columns
 * date,metric,value[,team][,n], where n on a team's row is that team's sample size).
 */
export const MetricSnapshotSchema = z.strictObject({
	date: IsoDateSchema.describe('Day the values were measured (the as-of date shown beside every number).'),
	source: TextSchema.optional().describe('Where and how the values were collected.'),
	values: z.record(IdSchema, MeasurementSchema).describe('Organisation-wide value per metric id.'),
	teams: z.record(IdSchema, z.record(IdSchema, MeasurementSchema)).default({}).describe('Per-team values: team id to metric id to value.'),
	samples: z
		.record(IdSchema, SampleSizeSchema)
		.default({})
		.describe('Sample size per metric id: survey responses, deployments or components the value was computed from.'),
	teamSamples: z
		.record(IdSchema, z.record(IdSchema, SampleSizeSchema))
		.optional()
		.describe('Sample size per team id and metric id, beside the per-team values (survey responses, deployments, components).'),
});

export type MetricSnapshot = z.output<typeof MetricSnapshotSchema>;
