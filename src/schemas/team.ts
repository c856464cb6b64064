import { z } from 'astro/zod';
import { IdSchema, SafeUrlSchema, TextSchema } from './common.ts';
import { TeamTypeSchema } from './persona.ts';

/** A team that owns roadmap items or reports metrics. File: content/teams.yaml, a list. */
export const TeamSchema = z.strictObject({
	id: IdSchema.describe('Kebab-case id that roadmap owners and per-team metric values refer to.'),
	name: TextSchema.describe('Display name.'),
	type: TeamTypeSchema.describe('Team Topologies team type.'),
	description: TextSchema.optional().describe('What the team does.'),
	contact: SafeUrlSchema.optional().describe('Where to reach the team (chat channel or page).'),
});

export type Team = z.output<typeof TeamSchema>;
