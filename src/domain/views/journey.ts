import { formatDuration } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge, severityBadge } from './badges.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Badge, type Fact, type Heading, type Link, facts } from './parts.ts';

/** A roadmap item that addresses a pain, with its horizon. */
export interface Fix {
	link: Link;
	horizon: Badge;
}

/** Everything a journey's page shows. */
export interface JourneyView {
	chrome: EntryChrome;
	title: string;
	scenario: string;
	facts: Fact[];
	/** Stage headings for the table of contents. */
	headings: Heading[];
	stages: {
		slug: string;
		heading: string;
		steps: {
			name: string;
			/** How the step feels, in words and as a score: "unhappy (2 of 5)". */
			feeling: string;
			/** 1 (very unhappy) to 5 (delighted), for the feeling's colour. */
			emotion: number;
			time?: string;
			touchpoints: string[];
			thoughts: string[];
			pains: { anchor: string; severity: Badge; frequency: string; text: string; fixes: Fix[] }[];
			opportunities: string[];
		}[];
	}[];
}

const EMOTION_WORDS = ['', 'very unhappy', 'unhappy', 'neutral', 'happy', 'delighted'];

/** The page of journey `id`. */
export function journeyView(content: SiteContent, id: string, source?: string): JourneyView {
	const data = content.journeys.get(id)!;
	const to = lookup(content);
	const fix = (item: string): Fix[] => {
		const horizon = content.roadmap.get(item)?.horizon;
		return horizon ? [{ link: to.roadmapLink(item), horizon: horizonBadge(horizon) }] : [];
	};
	const stages = data.stages.map((stage, s) => ({
		slug: `stage-${s + 1}`,
		heading: `${s + 1}. ${stage.name}`,
		steps: stage.steps.map((step) => ({
			name: step.name,
			feeling: `${EMOTION_WORDS[step.emotion]} (${step.emotion} of 5)`,
			emotion: step.emotion,
			...(step.minutes === undefined ? {} : { time: `about ${formatDuration(step.minutes)}` }),
			touchpoints: step.touchpoints,
			thoughts: step.thoughts,
			pains: step.pains.map((pain) => ({
				anchor: `pain-${pain.id}`,
				severity: severityBadge(pain.severity, 'Severity'),
				frequency: `felt ${pain.frequency}`,
				text: pain.text,
				fixes: (content.relations.roadmapByPain.get(`${id}#${pain.id}`) ?? []).flatMap(fix),
			})),
			opportunities: step.opportunities,
		})),
	}));
	return {
		chrome: entryChrome(content, 'journeys', id, source),
		title: data.title,
		scenario: data.scenario,
		facts: facts([
			{ term: 'Goal', text: data.goal },
			{ term: 'Trigger', text: data.trigger },
			{ term: 'How often', text: data.frequency },
			{ term: 'Personas', links: data.personas.map(to.personaLink) },
		]),
		headings: stages.map((stage) => ({ depth: 2, slug: stage.slug, text: stage.heading })),
		stages,
	};
}
