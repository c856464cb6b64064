import { z } from 'astro/zod';
import { IdSchema, SafeUrlSchema, TextSchema } from './common.ts';
import { TeamTypeSchema } from './persona.ts';

/** A team that owns roadmap items or reports metrics. File: content/teams.yaml, a list. */
export const TeamSchema = z.strictObject({
	/** Kebab-case id that roadmap owners and per-team metric values refer to. */
	id: IdSchema,
	/** Display name. */
	name: TextSchema,
	/** Team Topologies team type. */
	type: TeamTypeSchema,
	/** What the team does. */
	description: TextSchema.optional(),
	/** Where to reach the team (chat channel or page). */
	contact: SafeUrlSchema.optional(),
});

export type Team = z.output<typeof TeamSchema>;
