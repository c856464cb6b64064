import type { Area } from '../schemas/area.ts';
import type { Decision } from '../schemas/decision.ts';
import type { OnboardingPath } from '../schemas/guide.ts';
import type { Journey } from '../schemas/journey.ts';
import type { MetricDefinition } from '../schemas/metric-definition.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';
import type { Persona } from '../schemas/persona.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import type { Team } from '../schemas/team.ts';

interface Item<T> {
	id: string;
	data: T;
}

/** What the fact-gathering needs of each collection. */
export interface SharedFactsInput {
	roadmap: readonly Item<RoadmapItem>[];
	decisions: readonly Item<Decision>[];
	personas: readonly Item<Persona>[];
	journeys: readonly Item<Journey>[];
	guides: readonly Item<{ title: string; minutes?: number; outcome?: string; personas?: string[] }>[];
	paths: readonly Item<OnboardingPath>[];
	metrics: readonly Item<MetricDefinition>[];
	snapshots: readonly Item<MetricSnapshot>[];
	areas: readonly Item<Area>[];
	teams: readonly Item<Team>[];
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/**
 * Everything an entry page shows about entries other than its own: titles, names, horizons and the
 * links between entries (which also decide reverse links such as "needed by"), plus journeys,
 * metrics and snapshots whole. A page's output depends only on its own entry and these facts, so
 * together they make a correct key for skipping the page in an incremental build; a field left out
 * here, such as a roadmap item's summary or body, changes no page but the item's own.
 */
export function sharedFacts(content: SharedFactsInput): unknown {
	return {
		roadmap: byId(content.roadmap).map(({ id, data }) => [
			id,
			data.title,
			data.horizon,
			data.personas,
			data.addresses,
			data.successMetrics.map((goal) => goal.metric),
			data.decisions,
			data.dependsOn,
		]),
		decisions: byId(content.decisions).map(({ id, data }) => [id, data.title, data.supersedes, data.roadmap]),
		personas: byId(content.personas).map(({ id, data }) => [id, data.name]),
		guides: byId(content.guides).map(({ id, data }) => [id, data.title, data.minutes, data.outcome, data.personas]),
		journeys: byId(content.journeys),
		paths: byId(content.paths),
		metrics: byId(content.metrics),
		snapshots: byId(content.snapshots),
		areas: byId(content.areas),
		teams: byId(content.teams),
	};
}
