import { HORIZONS, type RoadmapItem } from '../schemas/roadmap-item.ts';
import { compareQuarters } from './quarters.ts';

/** The fields of one committed version of a roadmap item that its history follows; a field the version lacks or got wrong is undefined. */
export interface ItemVersion {
	commit: string;
	/** The day the commit landed, YYYY-MM-DD. */
	date: string;
	horizon?: RoadmapItem['horizon'];
	targetWindow?: string;
	shippedOn?: string;
}

/** One thing that happened to a roadmap item, dated by the commit that did it. */
export type HistoryEvent = { date: string; commit: string } & (
	| { kind: 'entered'; horizon: RoadmapItem['horizon'] }
	| { kind: 'moved'; from: RoadmapItem['horizon']; to: RoadmapItem['horizon'] }
	| { kind: 'slipped' | 'pulled-in'; from: string; to: string }
	| { kind: 'shipped' }
	| { kind: 'declined' }
);

/**
 * What git says of the roadmap: each item's events by id, or why there are none. A shallow clone
 * lacks the commits that would date an item's entry and moves, so it gives no history at all rather
 * than a wrong one.
 */
export type RoadmapHistories =
	{ status: 'complete'; items: ReadonlyMap<string, readonly HistoryEvent[]> } | { status: 'shallow' | 'unavailable'; reason: string };

/** No history: content outside git, or views tested without one. */
export const NO_HISTORY: RoadmapHistories = { status: 'unavailable', reason: 'the content folder is not in a git repository' };

const isHorizon = (value: unknown): value is RoadmapItem['horizon'] => (HORIZONS as readonly unknown[]).includes(value);

/** The history fields of a parsed version, keeping only values of the right shape (an old commit may hold a broken file). */
export function versionFields(data: unknown): Pick<ItemVersion, 'horizon' | 'targetWindow' | 'shippedOn'> {
	if (data === null || typeof data !== 'object') return {};
	const { horizon, targetWindow, shippedOn } = data as Record<string, unknown>;
	const date = (value: unknown) =>
		value instanceof Date && !Number.isNaN(value.getTime())
			? value.toISOString().slice(0, 10)
			: typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? value
				: undefined;
	return {
		...(isHorizon(horizon) ? { horizon } : {}),
		...(typeof targetWindow === 'string' && /^\d{4}-Q[1-4]$/.test(targetWindow) ? { targetWindow } : {}),
		...(date(shippedOn) ? { shippedOn: date(shippedOn) } : {}),
	};
}

/**
 * The events of one item from its committed versions, oldest first: when it entered the roadmap,
 * each move between horizons (shipping and declining included), and each change of target window
 * to a later quarter (a slip) or an earlier one. A version without a readable horizon is skipped,
 * so a broken commit neither invents a move nor hides one.
 */
export function historyOf(versions: readonly ItemVersion[]): HistoryEvent[] {
	const events: HistoryEvent[] = [];
	let last: ItemVersion | undefined;
	for (const version of versions) {
		if (!version.horizon) continue;
		const at = { date: version.date, commit: version.commit };
		if (!last?.horizon) {
			events.push({ ...at, kind: 'entered', horizon: version.horizon });
		} else if (version.horizon !== last.horizon) {
			if (version.horizon === 'shipped') events.push({ ...at, kind: 'shipped' });
			else if (version.horizon === 'declined') events.push({ ...at, kind: 'declined' });
			else events.push({ ...at, kind: 'moved', from: last.horizon, to: version.horizon });
		}
		const [from, to] = [last?.targetWindow, version.targetWindow];
		if (from && to && from !== to) events.push({ ...at, kind: compareQuarters(to, from) > 0 ? 'slipped' : 'pulled-in', from, to });
		last = { ...version, targetWindow: version.targetWindow ?? last?.targetWindow };
	}
	return events;
}

/** The target window an open item first had, when its current one is later: the board marks it as slipped. */
export function slippedFrom(events: readonly HistoryEvent[], current: string | undefined): string | undefined {
	const first = events.find((event) => event.kind === 'slipped' || event.kind === 'pulled-in');
	if (!current || !first || (first.kind !== 'slipped' && first.kind !== 'pulled-in')) return undefined;
	return compareQuarters(current, first.from) > 0 ? first.from : undefined;
}
