import type { Journey } from '../schemas/journey.ts';
import { mermaidText } from './mermaid-text.ts';

/** A journey's steps in order, each with its stage. */
export const journeySteps = (journey: Journey) =>
	journey.stages.flatMap((stage) => stage.steps.map((step) => ({ stage: stage.name, step })));

/**
 * The mermaid `journey` diagram of a journey: a section per stage, a task per step scored by its
 * emotion (1-5, the same scale as mermaid's). Every name is escaped (mermaidText), so a step called
 * "CI: slow; #1" stays one task. The personas, which the page lists beside it, are left out: their
 * legend would push the steps a column's width to the right, off a phone's screen.
 */
export function journeyDiagram(journey: Journey): string {
	return [
		'---',
		'config:',
		'  journey:',
		// The left margin holds the actors' legend, which this diagram has none of.
		'    leftMargin: 16',
		'---',
		'journey',
		`  title ${mermaidText(journey.title)}`,
		...journey.stages.flatMap((stage) => [
			`  section ${mermaidText(stage.name)}`,
			...stage.steps.map((step) => `    ${mermaidText(step.name)}: ${step.emotion}`),
		]),
	].join('\n');
}

/** The time a journey takes end to end, the sum of its steps' minutes, and how many steps have no time yet. */
export function timeToValue(journey: Journey): { minutes: number; untimed: number } {
	const steps = journeySteps(journey);
	return {
		minutes: steps.reduce((sum, { step }) => sum + (step.minutes ?? 0), 0),
		untimed: steps.filter(({ step }) => step.minutes === undefined).length,
	};
}

/** Geometry of an emotion curve: a point per step on a grid of `width` x `height` user units, emotion 5 at the top. */
export interface EmotionCurve {
	width: number;
	height: number;
	/** One horizontal guide per emotion level, 1 to 5. */
	levels: { emotion: number; y: number }[];
	points: { x: number; y: number; emotion: number; label: string }[];
	/** The polyline's points attribute. */
	line: string;
	/** Where each stage starts, for a divider and its name. */
	stages: { x: number; name: string }[];
}

const STEP_WIDTH = 80;
const LEVEL_HEIGHT = 28;
const PAD = 24;

/** The curve of a journey's emotions, step by step; static, drawn by the page as SVG. */
export function emotionCurve(journey: Journey): EmotionCurve {
	const steps = journeySteps(journey);
	const height = PAD * 2 + LEVEL_HEIGHT * 4;
	const yOf = (emotion: number) => PAD + (5 - emotion) * LEVEL_HEIGHT;
	const points = steps.map(({ step }, i) => ({
		x: PAD + STEP_WIDTH / 2 + i * STEP_WIDTH,
		y: yOf(step.emotion),
		emotion: step.emotion,
		label: step.name,
	}));
	let index = 0;
	const stages = journey.stages.map((stage) => {
		const x = PAD + index * STEP_WIDTH;
		index += stage.steps.length;
		return { x, name: stage.name };
	});
	return {
		width: PAD * 2 + steps.length * STEP_WIDTH,
		height,
		levels: [1, 2, 3, 4, 5].map((emotion) => ({ emotion, y: yOf(emotion) })),
		points,
		line: points.map((point) => `${point.x},${point.y}`).join(' '),
		stages,
	};
}
