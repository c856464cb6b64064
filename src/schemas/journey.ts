import { z } from 'astro/zod';
import { IdSchema, TextSchema } from './common.ts';

/** A pain point on a journey step; referred to elsewhere as `<journey-id>#<pain-id>`. */
export const PainSchema = z.strictObject({
	/** Id unique within the journey, kebab-case. */
	id: IdSchema,
	/** What hurts, in the developer's terms. */
	text: TextSchema,
	/** How badly it hurts. */
	severity: z.enum(['critical', 'major', 'minor']),
	/** How often it is felt. */
	frequency: z.enum(['daily', 'weekly', 'monthly', 'rarely']),
});

/** One step of a stage: an action the persona takes. */
export const StepSchema = z.strictObject({
	/** What the persona does; no "#", ":" or ";" is needed (they are escaped for diagrams). */
	name: TextSchema,
	/** Tools, docs or people touched on this step. */
	touchpoints: z.array(TextSchema).default([]),
	/** How the persona feels: 1 (very unhappy) to 5 (delighted). */
	emotion: z.number().int().min(1).max(5),
	/** Typical time the step takes, in minutes. */
	minutes: z.number().nonnegative().optional(),
	/** What the persona thinks at this step, verbatim where possible. */
	thoughts: z.array(TextSchema).default([]),
	/** Pain points felt on this step. */
	pains: z.array(PainSchema).default([]),
	/** Ideas that would make this step better. */
	opportunities: z.array(TextSchema).default([]),
});

/** A stage of the journey, such as "Discover" or "Deploy". */
export const StageSchema = z.strictObject({
	/** Stage name. */
	name: TextSchema,
	/** Ordered steps. */
	steps: z.array(StepSchema).min(1),
});

/** A developer journey map. File: content/journeys/<id>.yaml. */
export const JourneySchema = z.strictObject({
	/** Journey title, such as "Ship a new service to production". */
	title: TextSchema,
	/** Persona ids this journey is mapped for. */
	personas: z.array(IdSchema).min(1),
	/** The situation the persona is in. */
	scenario: TextSchema,
	/** What the persona wants at the end. */
	goal: TextSchema,
	/** What starts the journey. */
	trigger: TextSchema,
	/** How often a persona goes through it, such as "once per new service". */
	frequency: TextSchema,
	/** Ordered stages. */
	stages: z.array(StageSchema).min(1),
});

export type Journey = z.output<typeof JourneySchema>;
export type Pain = z.output<typeof PainSchema>;
