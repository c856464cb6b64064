import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** Team Topologies team types, plus leadership and other for non-delivery roles. */
export const TeamTypeSchema = z.enum(['stream-aligned', 'platform', 'enabling', 'complicated-subsystem', 'leadership', 'other']);

/** How experienced this persona is with the platform's technology. */
export const ExperienceSchema = z.enum(['beginner', 'intermediate', 'advanced', 'expert']);

/** A need ranked MoSCoW style. */
export const NeedSchema = z.strictObject({
	/** What the persona needs, in their words. */
	text: TextSchema,
	/** How much it matters: must, should or could. */
	priority: z.enum(['must', 'should', 'could']),
});

/** A frustration, optionally with its impact and the workaround people use today. */
export const FrustrationSchema = z.union([
	TextSchema,
	z.strictObject({
		/** What frustrates the persona. */
		text: TextSchema,
		/** What it costs them. */
		impact: TextSchema.optional(),
		/** What they do about it today. */
		workaround: TextSchema.optional(),
	}),
]);

/** A developer persona: who the platform serves. File: content/personas/<id>.yaml. */
export const PersonaSchema = z.strictObject({
	/** A memorable name, such as "Priya, product engineer". */
	name: TextSchema,
	/** Job role, such as "Backend engineer in a product team". */
	role: TextSchema,
	/** Other words developers use for this role, such as "backend" or "SRE"; the persona's pages show them, so search finds them. */
	aliases: z.array(TextSchema).default([]),
	/** Two or three sentences on who they are and what they want from the platform. */
	summary: TextSchema,
	/** Team Topologies team type of the team they sit in. */
	teamType: TeamTypeSchema,
	/** Experience with the platform's stack. */
	experience: ExperienceSchema,
	/** How many people in the organisation this persona stands for (feeds RICE reach). */
	population: z.number().int().nonnegative(),
	/** What they are trying to achieve. */
	goals: z.array(TextSchema).min(1),
	/** Needs ranked must/should/could. */
	needs: z.array(NeedSchema).default([]),
	/** What gets in their way. */
	frustrations: z.array(FrustrationSchema).default([]),
	/** Tools they use every day. */
	tools: z.array(TextSchema).default([]),
	/** Things they said in interviews, verbatim. */
	quotes: z.array(TextSchema).default([]),
});

export type Persona = z.output<typeof PersonaSchema>;
