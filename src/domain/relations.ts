import type { Decision } from '../schemas/decision.ts';
import type { Guide } from '../schemas/guide.ts';
import type { Journey, Pain } from '../schemas/journey.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { resolveDecisionRef, supersededBy } from './decision-refs.ts';

interface Item<T> {
	id: string;
	data: T;
}

/** A pain point with the journey, stage and step it is felt on. */
export interface PainInContext {
	ref: string;
	journey: string;
	stage: string;
	step: string;
	pain: Pain;
}

/** The links the content implies but never types twice: reverse references, derived once per build. */
export interface Relations {
	/** Decision id to the ids of records that supersede it. */
	supersededBy: Map<string, string[]>;
	/** Decision id to resolved ids of records it supersedes. */
	supersedes: Map<string, string[]>;
	/** Decision id to roadmap ids linked from either side. */
	roadmapByDecision: Map<string, string[]>;
	/** Roadmap id to decision ids linked from either side. */
	decisionsByRoadmap: Map<string, string[]>;
	/** Pain ref (journey#pain) to roadmap ids that address it. */
	roadmapByPain: Map<string, string[]>;
	/** Persona id to roadmap ids that serve it. */
	roadmapByPersona: Map<string, string[]>;
	/** Metric id to roadmap ids that aim to move it. */
	roadmapByMetric: Map<string, string[]>;
	/** Roadmap id to ids of items that depend on it. */
	dependents: Map<string, string[]>;
	/** Persona id to journey ids mapped for it. */
	journeysByPersona: Map<string, string[]>;
	/** Persona id to guide refs written for it. */
	guidesByPersona: Map<string, string[]>;
	/** Every pain point, keyed by ref. */
	pains: Map<string, PainInContext>;
}

function add(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key) ?? [];
	if (!list.includes(value)) list.push(value);
	map.set(key, list);
}

/** Every pain of a journey, in stage and step order, with its ref. */
export function journeyPains(journeyId: string, journey: Journey): PainInContext[] {
	return journey.stages.flatMap((stage) =>
		stage.steps.flatMap((step) =>
			step.pains.map((pain) => ({ ref: `${journeyId}#${pain.id}`, journey: journeyId, stage: stage.name, step: step.name, pain })),
		),
	);
}

/** Derives every reverse link from already-checked content. Guide ids are refs (paths under guides/). */
export function buildRelations(content: {
	roadmap: readonly Item<RoadmapItem>[];
	decisions: readonly Item<Decision>[];
	journeys: readonly Item<Journey>[];
	guides: readonly Item<Partial<Pick<Guide, 'personas'>>>[];
}): Relations {
	const decisionIds = content.decisions.map((decision) => decision.id);
	const relations: Relations = {
		supersededBy: supersededBy(content.decisions.map(({ id, data }) => ({ id, supersedes: data.supersedes }))),
		supersedes: new Map(),
		roadmapByDecision: new Map(),
		decisionsByRoadmap: new Map(),
		roadmapByPain: new Map(),
		roadmapByPersona: new Map(),
		roadmapByMetric: new Map(),
		dependents: new Map(),
		journeysByPersona: new Map(),
		guidesByPersona: new Map(),
		pains: new Map(),
	};
	for (const { id, data } of content.decisions) {
		for (const ref of data.supersedes) {
			const old = resolveDecisionRef(ref, decisionIds);
			if (old) add(relations.supersedes, id, old);
		}
		for (const item of data.roadmap) {
			add(relations.roadmapByDecision, id, item);
			add(relations.decisionsByRoadmap, item, id);
		}
	}
	for (const { id, data } of content.roadmap) {
		for (const ref of data.decisions) {
			const decision = resolveDecisionRef(ref, decisionIds);
			if (!decision) continue;
			add(relations.decisionsByRoadmap, id, decision);
			add(relations.roadmapByDecision, decision, id);
		}
		for (const pain of data.addresses) add(relations.roadmapByPain, pain, id);
		for (const persona of data.personas) add(relations.roadmapByPersona, persona, id);
		for (const goal of data.successMetrics) add(relations.roadmapByMetric, goal.metric, id);
		for (const dependency of data.dependsOn) add(relations.dependents, dependency, id);
	}
	for (const { id, data } of content.journeys) {
		for (const persona of data.personas) add(relations.journeysByPersona, persona, id);
		for (const pain of journeyPains(id, data)) relations.pains.set(pain.ref, pain);
	}
	for (const { id, data } of content.guides) {
		for (const persona of data.personas ?? []) add(relations.guidesByPersona, persona, id);
	}
	return relations;
}
