import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, TextSchema } from './common.ts';
import { MeasurementSchema } from './measurement.ts';

/**
 * One measurement of several metrics on one day. Snapshots are immutable history: a new measurement
 * is a new file under content/metrics/snapshots/ (YAML, JSON, or CSV with columns date,metric,value[,team][,n]).
 */
export const MetricSnapshotSchema = z.strictObject({
	date: IsoDateSchema.describe('Day the values were measured (the as-of date shown beside every number).'),
	source: TextSchema.optional().describe('Where and how the values were collected.'),
	values: z.record(IdSchema, MeasurementSchema).describe('Organisation-wide value per metric id.'),
	teams: z.record(IdSchema, z.record(IdSchema, MeasurementSchema)).default({}).describe('Per-team values: team id to metric id to value.'),
	samples: z
		.record(IdSchema, z.number().int().nonnegative())
		.default({})
		.describe('Sample size per metric id, for survey metrics such as NPS.'),
});

export type MetricSnapshot = z.output<typeof MetricSnapshotSchema>;
