import type { Area } from '../schemas/area.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Guide, OnboardingPath } from '../schemas/guide.ts';
import type { Journey } from '../schemas/journey.ts';
import type { MetricDefinition } from '../schemas/metric-definition.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';
import type { Persona } from '../schemas/persona.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import type { Site } from '../schemas/site.ts';
import type { Team } from '../schemas/team.ts';
import type { Locate } from './problem.ts';

/** A schema-valid content entry with where it came from, so rules can point at file, line and field. */
export interface Entry<T> {
	/** Id as other content refers to it: file name, list `id`, guide path or persona key. */
	id: string;
	/** Source file relative to the repository root. */
	file: string;
	data: T;
	locate: Locate;
}

/** Every entry of a content folder, grouped by type; the input of the integrity rules. */
export interface ContentSet {
	site?: Entry<Site>;
	areas: Entry<Area>[];
	teams: Entry<Team>[];
	personas: Entry<Persona>[];
	journeys: Entry<Journey>[];
	roadmap: Entry<RoadmapItem>[];
	decisions: Entry<Decision>[];
	guides: Entry<Guide>[];
	/** Onboarding paths, id = persona id. */
	paths: Entry<OnboardingPath>[];
	metrics: Entry<MetricDefinition>[];
	snapshots: Entry<MetricSnapshot>[];
	/**
	 * Ids of entries that exist but failed their schema, per collection. References to them count as
	 * resolved, so one broken file is reported once rather than again at every reference to it.
	 */
	invalid: Partial<Record<CollectionName, Set<string>>>;
	/** Collections held in one file that could not be read at all; references into them are not checked. */
	unreadable: Set<CollectionName>;
}

/** The collections of a content set that hold entries. */
export type CollectionName = Exclude<keyof ContentSet, 'site' | 'invalid' | 'unreadable'>;

/** An empty content set, to fill while reading a folder. */
export function emptyContentSet(): ContentSet {
	return {
		areas: [],
		teams: [],
		personas: [],
		journeys: [],
		roadmap: [],
		decisions: [],
		guides: [],
		paths: [],
		metrics: [],
		snapshots: [],
		invalid: {},
		unreadable: new Set(),
	};
}
