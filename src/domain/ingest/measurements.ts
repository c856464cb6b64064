import type { ComputedFrom } from '../../schemas/metric-definition.ts';

/** One computed value and the number of things it was computed from (deployments, changes, responses, components). */
export interface Measure {
	value: number;
	samples: number;
}

/** Computed values by what they are computed from: organisation-wide, and per team id. */
export interface Measurements {
	overall: Partial<Record<ComputedFrom, Measure>>;
	teams: Map<string, Partial<Record<ComputedFrom, Measure>>>;
	/** What was seen but not counted, and other facts a reader of the numbers needs (open incidents, the deployment frequency bucket). */
	notes: string[];
}

/** A share as a percentage, or undefined when there is nothing to share out. */
export const percent = (part: number, whole: number): Measure | undefined =>
	whole === 0 ? undefined : { value: (part / whole) * 100, samples: whole };

/** The measures of one team, created on first use. */
export function teamMeasures(measurements: Measurements, team: string): Partial<Record<ComputedFrom, Measure>> {
	const found = measurements.teams.get(team);
	if (found) return found;
	const created: Partial<Record<ComputedFrom, Measure>> = {};
	measurements.teams.set(team, created);
	return created;
}

/** Sets a measure where there is one; a metric with nothing to compute from is left out rather than written as 0. */
export function put(target: Partial<Record<ComputedFrom, Measure>>, key: ComputedFrom, measure: Measure | undefined): void {
	if (measure) target[key] = measure;
}

/** Groups items by a key, keeping each group in input order; items without a key are left out. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const name = key(item);
		if (name === undefined) continue;
		const group = groups.get(name);
		if (group) group.push(item);
		else groups.set(name, [item]);
	}
	return groups;
}
