import type { Journey, Pain } from '../schemas/journey.ts';
import type { Persona } from '../schemas/persona.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { type PainInContext, journeyPains } from './relations.ts';

/**
 * How much a pain costs the organisation, in the terms of a journey map (DOMAIN.md: severity,
 * frequency) and of a persona (population): score = severity weight x times felt a month x people
 * affected. The weights are stated on the pain map, so a reader can redo the sum.
 */
export const SEVERITY_WEIGHTS: Record<Pain['severity'], number> = { critical: 9, major: 3, minor: 1 };

/** Times a pain is felt in a month: about 20 working days, 4 weeks, 1 month, and once in four months for "rarely". */
export const TIMES_A_MONTH: Record<Pain['frequency'], number> = { daily: 20, weekly: 4, monthly: 1, rarely: 0.25 };

/** Horizons that count as a plan to remove a pain soon, for the coverage figure. */
export const SOON_HORIZONS: readonly RoadmapItem['horizon'][] = ['now', 'next'];

/** A pain with what it costs and what is planned against it. */
export interface RankedPain extends PainInContext {
	/** Persona ids of the pain's journey. */
	personas: string[];
	/** People affected: the population of the journey's personas. */
	people: number;
	score: number;
	/** Roadmap items that address the pain, declined ones left out, in the order the items are listed. */
	fixes: { id: string; horizon: RoadmapItem['horizon'] }[];
}

interface RankingInput {
	journeys: ReadonlyMap<string, Journey>;
	personas: ReadonlyMap<string, Pick<Persona, 'population'>>;
	roadmap: ReadonlyMap<string, Pick<RoadmapItem, 'horizon' | 'addresses'>>;
}

/** The score of one pain felt by `people` people. */
export const painScore = (pain: Pick<Pain, 'severity' | 'frequency'>, people: number): number =>
	SEVERITY_WEIGHTS[pain.severity] * TIMES_A_MONTH[pain.frequency] * people;

/** Every pain of every journey, once each, highest score first; ties keep journey and step order. */
export function rankPains({ journeys, personas, roadmap }: RankingInput): RankedPain[] {
	const fixesOf = new Map<string, RankedPain['fixes']>();
	for (const [id, item] of roadmap) {
		if (item.horizon === 'declined') continue;
		for (const ref of item.addresses) fixesOf.set(ref, [...(fixesOf.get(ref) ?? []), { id, horizon: item.horizon }]);
	}
	const pains = [...journeys].flatMap(([id, journey]) => {
		const people = journey.personas.reduce((sum, persona) => sum + (personas.get(persona)?.population ?? 0), 0);
		return journeyPains(id, journey).map((pain): RankedPain => ({
			...pain,
			personas: journey.personas,
			people,
			score: painScore(pain.pain, people),
			fixes: fixesOf.get(pain.ref) ?? [],
		}));
	});
	return pains
		.map((pain, order) => ({ pain, order }))
		.sort((a, b) => b.pain.score - a.pain.score || a.order - b.order)
		.map(({ pain }) => pain);
}

/** Whether a roadmap item in a soon horizon addresses the pain. */
export const isCoveredSoon = (pain: Pick<RankedPain, 'fixes'>): boolean => pain.fixes.some((fix) => SOON_HORIZONS.includes(fix.horizon));

/** The share of critical and major pains with a now or next item addressing them. */
export function coverage(pains: readonly RankedPain[]): { covered: number; total: number; share: number | undefined } {
	const serious = pains.filter((pain) => pain.pain.severity !== 'minor');
	const covered = serious.filter(isCoveredSoon).length;
	return { covered, total: serious.length, share: serious.length === 0 ? undefined : covered / serious.length };
}
