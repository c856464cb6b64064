import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A product area of the platform, such as "CI/CD". File: content/areas.yaml, a list. */
export const AreaSchema = z.strictObject({
	id: IdSchema.describe('Kebab-case id that roadmap items and decisions refer to.'),
	name: TextSchema.describe('Display name.'),
	description: TextSchema.describe('What the area covers.'),
});

export type Area = z.output<typeof AreaSchema>;
