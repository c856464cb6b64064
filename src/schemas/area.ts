import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A product area of the platform, such as "CI/CD". File: content/areas.yaml, a list. */
export const AreaSchema = z.strictObject({
	/** Kebab-case id that roadmap items and decisions refer to. */
	id: IdSchema,
	/** Display name. */
	name: TextSchema,
	/** What the area covers. */
	description: TextSchema,
});

export type Area = z.output<typeof AreaSchema>;
