import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts } from './parts.ts';

/** Everything a journey's page shows. */
export interface JourneyView {
	title: string;
	scenario: string;
	facts: Fact[];
	/** Stage headings for the table of contents. */
	headings: { depth: number; slug: string; text: string }[];
	stages: {
		slug: string;
		heading: string;
		steps: {
			name: string;
			feeling: string;
			minutes?: string;
			touchpoints?: string;
			thoughts: string[];
			pains: { anchor: string; label: string; text: string; fixes: Link[] }[];
			opportunities?: string;
		}[];
	}[];
}

const EMOTION_WORDS = ['', 'very unhappy', 'unhappy', 'neutral', 'happy', 'delighted'];

/** The page of journey `id`. */
export function journeyView(content: SiteContent, id: string): JourneyView {
	const data = content.journeys.get(id)!;
	const to = lookup(content);
	const stages = data.stages.map((stage, s) => ({
		slug: `stage-${s}`,
		heading: `${s + 1}. ${stage.name}`,
		steps: stage.steps.map((step) => ({
			name: step.name,
			feeling: `feels ${EMOTION_WORDS[step.emotion]} (${step.emotion} of 5)`,
			minutes: step.minutes === undefined ? undefined : `about ${step.minutes} min`,
			touchpoints: step.touchpoints.length > 0 ? `touches ${step.touchpoints.join(', ')}` : undefined,
			thoughts: step.thoughts,
			pains: step.pains.map((pain) => ({
				anchor: `pain-${pain.id}`,
				label: `Pain (${pain.severity}, ${pain.frequency}):`,
				text: pain.text,
				fixes: (content.relations.roadmapByPain.get(`${id}#${pain.id}`) ?? []).map((item) => to.roadmapLink(item, true)),
			})),
			opportunities: step.opportunities.length > 0 ? step.opportunities.join('; ') : undefined,
		})),
	}));
	return {
		title: data.title,
		scenario: data.scenario,
		facts: facts([
			{ term: 'Scenario', text: data.scenario },
			{ term: 'Goal', text: data.goal },
			{ term: 'Trigger', text: data.trigger },
			{ term: 'How often', text: data.frequency },
			{ term: 'Personas', links: data.personas.map(to.personaLink) },
		]),
		headings: stages.map((stage) => ({ depth: 2, slug: stage.slug, text: stage.heading })),
		stages,
	};
}
