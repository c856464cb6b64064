import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** Team Topologies team types, plus leadership and other for non-delivery roles. */
export const TeamTypeSchema = z.enum(['stream-aligned', 'platform', 'enabling', 'complicated-subsystem', 'leadership', 'other']);

/** How experienced this persona is with the platform's technology. */
export const ExperienceSchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);

/** A need ranked MoSCoW style. */
export const NeedSchema = z.strictObject({
	text: TextSchema.describe('What the persona needs, in their words.'),
	priority: z.enum(['must', 'should', 'could']).describe('How much it matters: must, should or could.'),
});

/** A frustration, optionally with its impact and the workaround people use today. */
export const FrustrationSchema = z.union([
	TextSchema,
	z.strictObject({
		text: TextSchema.describe('What frustrates the persona.'),
		impact: TextSchema.optional().describe('What it costs them.'),
		workaround: TextSchema.optional().describe('What they do about it today.'),
	}),
]);

/** A developer persona: who the platform serves. File: content/personas/<id>.yaml. */
export const PersonaSchema = z.strictObject({
	name: TextSchema.describe('A memorable name, such as "Priya, product engineer".'),
	role: TextSchema.describe('Job role, such as "Backend engineer in a product team".'),
	aliases: z
		.array(TextSchema)
		.default([])
		.describe('Other words developers use for this role, such as "backend" or "SRE"; the persona\'s pages show them, so search finds them.'),
	summary: TextSchema.describe('Two or three sentences on who they are and what they want from the platform.'),
	teamType: TeamTypeSchema.describe('Team Topologies team type of the team they sit in.'),
	experience: ExperienceSchema.describe("Experience with the platform's stack."),
	population: z.number().int().nonnegative().describe('How many people in the organisation this persona stands for (feeds RICE reach).'),
	goals: z.array(TextSchema).min(1).describe('What they are trying to achieve.'),
	needs: z.array(NeedSchema).default([]).describe('Needs ranked must/should/could.'),
	frustrations: z.array(FrustrationSchema).default([]).describe('What gets in their way.'),
	tools: z.array(TextSchema).default([]).describe('Tools they use every day.'),
	quotes: z.array(TextSchema).default([]).describe('Things they said in interviews, verbatim.'),
});

export type Persona = z.output<typeof PersonaSchema>;
