import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A pain point on a journey step; referred to elsewhere as `<journey-id>#<pain-id>`. */
export const PainSchema = z.strictObject({
	id: IdSchema.describe('Id unique within the journey, kebab-case.'),
	text: TextSchema.describe("What hurts, in the developer's terms."),
	severity: z.enum(['critical', 'major', 'minor']).describe('How badly it hurts.'),
	frequency: z.enum(['daily', 'weekly', 'monthly', 'rarely']).describe('How often it is felt.'),
});

/** One step of a stage: an action the persona takes. */
export const StepSchema = z.strictObject({
	name: TextSchema.describe('What the persona does; no "#", ":" or ";" is needed (they are escaped for diagrams).'),
	touchpoints: z.array(TextSchema).default([]).describe('Tools, docs or people touched on this step.'),
	emotion: z.number().int().min(1).max(5).describe('How the persona feels: 1 (very unhappy) to 5 (delighted).'),
	minutes: z.number().nonnegative().optional().describe('Typical time the step takes, in minutes.'),
	thoughts: z.array(TextSchema).default([]).describe('What the persona thinks at this step, verbatim where possible.'),
	pains: z.array(PainSchema).default([]).describe('Pain points felt on this step.'),
	opportunities: z.array(TextSchema).default([]).describe('Ideas that would make this step better.'),
});

/** A stage of the journey, such as "Discover" or "Deploy". */
export const StageSchema = z.strictObject({
	name: TextSchema.describe('Stage name.'),
	steps: z.array(StepSchema).min(1).describe('Ordered steps.'),
});

/** A developer journey map. File: content/journeys/<id>.yaml. */
export const JourneySchema = z.strictObject({
	title: TextSchema.describe('Journey title, such as "Ship a new service to production".'),
	personas: z.array(IdSchema).min(1).describe('Persona ids this journey is mapped for.'),
	scenario: TextSchema.describe('The situation the persona is in.'),
	goal: TextSchema.describe('What the persona wants at the end.'),
	trigger: TextSchema.describe('What starts the journey.'),
	frequency: TextSchema.describe('How often a persona goes through it, such as "once per new service".'),
	stages: z.array(StageSchema).min(1).describe('Ordered stages.'),
});

export type Journey = z.output<typeof JourneySchema>;
export type Pain = z.output<typeof PainSchema>;
