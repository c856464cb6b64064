import { formatCount, formatDuration } from '../format.ts';
import { type EmotionCurve, emotionCurve, journeyDiagram, journeySteps, timeToValue } from '../journey-map.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge, severityBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, type Table, facts } from './parts.ts';

/** A roadmap item that addresses a pain, with its horizon. */
export interface Fix {
	link: Link;
	horizon: Badge;
}

/** A generated diagram: its mermaid source, accessible title and description (src/components/Diagram.astro). */
export interface DiagramView {
	source: string;
	title: string;
	description: string;
}

/** Everything a journey's page shows. */
export interface JourneyView {
	chrome: EntryChrome;
	title: string;
	scenario: string;
	facts: Fact[];
	headings: Heading[];
	diagram: DiagramView;
	curve: EmotionCurve & { title: string; description: string };
	/** Stage, step, touchpoints, emotion, time, pains and opportunities, a row per step. */
	map: Table;
	pains: { anchor: string; step: string; severity: Badge; frequency: string; text: string; fixes: Fix[] }[];
	thoughts: { step: string; text: string }[];
}

export const EMOTION_WORDS = ['', 'very unhappy', 'unhappy', 'neutral', 'happy', 'delighted'];

/** How a step feels, in words and as a score: "unhappy (2 of 5)". */
export const feeling = (emotion: number) => `${EMOTION_WORDS[emotion]} (${emotion} of 5)`;

/** "6 h 30 min", or "at least 6 h 30 min (2 steps not timed)" when some steps have no minutes. */
function totalTime(minutes: number, untimed: number, steps: number): string {
	if (untimed === steps) return 'not timed yet';
	const total = formatDuration(minutes);
	return untimed === 0 ? total : `at least ${total} (${formatCount(untimed, 'step')} not timed)`;
}

/** The page of journey `id`. */
export function journeyView(content: SiteContent, id: string, source?: string): JourneyView {
	const data = content.journeys.get(id)!;
	const to = lookup(content);
	const fixes = (ref: string): Fix[] =>
		(content.relations.roadmapByPain.get(ref) ?? []).flatMap((item) => {
			const horizon = content.roadmap.get(item)?.horizon;
			return horizon ? [{ link: to.roadmapLink(item), horizon: horizonBadge(horizon) }] : [];
		});
	const steps = journeySteps(data);
	const time = timeToValue(data);
	const total = totalTime(time.minutes, time.untimed, steps.length);
	const lowest = steps.reduce((low, step) => (step.step.emotion < low.step.emotion ? step : low), steps[0]);
	const pains = steps.flatMap(({ step }) =>
		step.pains.map((pain) => ({
			anchor: `pain-${pain.id}`,
			step: step.name,
			severity: severityBadge(pain.severity, 'Severity'),
			frequency: `felt ${pain.frequency}`,
			text: pain.text,
			fixes: fixes(`${id}#${pain.id}`),
		})),
	);
	const sections: Heading[] = [
		{ depth: 2, slug: 'overview', text: 'At a glance' },
		{ depth: 2, slug: 'map', text: 'The map, step by step' },
		...(pains.length > 0 ? [{ depth: 2, slug: 'pains', text: 'Pains and what addresses them' }] : []),
		...(steps.some(({ step }) => step.thoughts.length > 0) ? [{ depth: 2, slug: 'thoughts', text: 'In their words' }] : []),
	];
	return {
		chrome: entryChrome(content, 'journeys', id, source),
		title: data.title,
		scenario: data.scenario,
		facts: facts([
			{ term: 'Goal', text: data.goal },
			{ term: 'Trigger', text: data.trigger },
			{ term: 'How often', text: data.frequency },
			{ term: 'Time to value', text: total },
			{ term: 'Personas', links: data.personas.map(to.personaLink) },
		]),
		headings: sections,
		diagram: {
			source: journeyDiagram(data),
			title: `${data.title}: how each step feels`,
			description: `Each stage's steps scored from 1 (very unhappy) to 5 (delighted); the lowest point is "${lowest.step.name}" (${lowest.step.emotion} of 5). The table below has the same steps and scores.`,
		},
		curve: {
			...emotionCurve(data),
			title: 'Emotion curve',
			description: `How the persona feels at each of the ${steps.length} steps, from ${feeling(steps[0].step.emotion)} at the start to ${feeling(steps.at(-1)!.step.emotion)} at the end.`,
		},
		map: {
			caption: `${data.title}, step by step; ${total} in all`,
			columns: [
				{ label: 'Stage' },
				{ label: 'Step', main: true },
				{ label: 'Touchpoints' },
				{ label: 'Emotion' },
				{ label: 'Time', numeric: true },
				{ label: 'Pains' },
				{ label: 'Opportunities' },
			],
			rows: steps.map(({ stage, step }) => [
				{ text: stage },
				{ text: step.name },
				{ names: step.touchpoints },
				{ text: feeling(step.emotion) },
				step.minutes === undefined ? { text: '' } : { text: formatDuration(step.minutes), nowrap: true },
				step.pains.length === 0
					? { text: '' }
					: { list: step.pains.map((pain) => ({ href: `#pain-${pain.id}`, label: `${pain.text} (${pain.severity})` })) },
				{ names: step.opportunities },
			]),
		},
		pains,
		thoughts: steps.flatMap(({ step }) => step.thoughts.map((text) => ({ step: step.name, text }))),
	};
}
