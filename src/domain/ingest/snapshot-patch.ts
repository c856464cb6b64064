import type { ComputedFrom, MetricDefinition } from '../../schemas/metric-definition.ts';
import type { MetricSnapshot } from '../../schemas/metric-snapshot.ts';
import type { Measure, Measurements } from './measurements.ts';

/** Where a number goes in a snapshot: values.<metric>, teams.<team>.<metric>, samples.<metric> or teamSamples.<team>.<metric>. */
export type SnapshotPath = readonly ['values' | 'samples', string] | readonly ['teams' | 'teamSamples', string, string];

/** One number to write into a snapshot. */
export interface PatchEntry {
	path: SnapshotPath;
	value: number;
}

/** Computed values are written to 4 decimal places: exact for counts and most shares, and a re-run writes the same text. */
export const rounded = (value: number): number => Math.round(value * 10_000) / 10_000 + 0;

/**
 * The snapshot entries of computed measurements, under the id of every metric whose `computedFrom`
 * names what was computed; `unmapped` lists what no metric is computed from.
 */
export function patchOf(
	measurements: Measurements,
	metrics: readonly { id: string; data: Pick<MetricDefinition, 'computedFrom'> }[],
): { entries: PatchEntry[]; unmapped: ComputedFrom[] } {
	const idsOf = (key: ComputedFrom) => metrics.filter((metric) => metric.data.computedFrom === key).map((metric) => metric.id);
	const entries: PatchEntry[] = [];
	const unmapped = new Set<ComputedFrom>();
	const add = (measures: Partial<Record<ComputedFrom, Measure>>, team?: string) => {
		for (const [key, measure] of Object.entries(measures) as [ComputedFrom, Measure][]) {
			const ids = idsOf(key);
			if (ids.length === 0) unmapped.add(key);
			for (const id of ids) {
				if (team === undefined) {
					entries.push({ path: ['values', id], value: rounded(measure.value) }, { path: ['samples', id], value: measure.samples });
				} else {
					entries.push(
						{ path: ['teams', team, id], value: rounded(measure.value) },
						{ path: ['teamSamples', team, id], value: measure.samples },
					);
				}
			}
		}
	};
	add(measurements.overall);
	for (const [team, measures] of measurements.teams) add(measures, team);
	return { entries, unmapped: [...unmapped] };
}

/** What merging entries into a snapshot does to each: add it, leave an equal value, replace a different one, or refuse to. */
export interface MergePlan {
	/** Entries to write: new ones, and with `force` those that replace a different value. */
	writes: (PatchEntry & { before?: number })[];
	/** Entries whose value is already there, equal. */
	unchanged: PatchEntry[];
	/** Entries whose snapshot already holds a different value, which only `force` replaces. */
	conflicts: (PatchEntry & { before: number })[];
}

/** The value at a snapshot path, if there is one. */
export function valueIn(snapshot: Partial<MetricSnapshot> | undefined, path: SnapshotPath): number | undefined {
	const section = snapshot?.[path[0]] as Record<string, unknown> | undefined;
	const found = path.length === 2 ? section?.[path[1]] : (section?.[path[1]] as Record<string, unknown> | undefined)?.[path[2]];
	return typeof found === 'number' ? found : undefined;
}

/** Plans merging entries into a snapshot (undefined when the day has none yet): a value already there is replaced only with `force`. */
export function planMerge(snapshot: Partial<MetricSnapshot> | undefined, entries: readonly PatchEntry[], force: boolean): MergePlan {
	const plan: MergePlan = { writes: [], unchanged: [], conflicts: [] };
	for (const entry of entries) {
		const before = valueIn(snapshot, entry.path);
		if (before === undefined) plan.writes.push(entry);
		else if (before === entry.value) plan.unchanged.push(entry);
		else if (force) plan.writes.push({ ...entry, before });
		else plan.conflicts.push({ ...entry, before });
	}
	return plan;
}

/** A snapshot path as problems and summaries write it: teams.checkout.change-lead-time. */
export const formatSnapshotPath = (path: SnapshotPath): string => path.join('.');
