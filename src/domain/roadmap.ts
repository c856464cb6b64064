import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { HORIZONS } from '../schemas/roadmap-item.ts';
import { priorityScore } from './prioritisation.ts';

/** Horizon names as the board shows them. */
export const HORIZON_LABELS: Record<RoadmapItem['horizon'], string> = {
	now: 'Now',
	next: 'Next',
	later: 'Later',
	exploring: 'Exploring',
	shipped: 'Shipped',
	declined: 'Declined',
};

/** What each open horizon promises, shown under its column. */
export const HORIZON_PROMISES: Record<'now' | 'next' | 'later' | 'exploring', string> = {
	now: 'Being built this quarter.',
	next: 'Planned for the next one or two quarters.',
	later: 'Committed in principle; timing not set.',
	exploring: 'Researching the problem; no commitment yet.',
};

/** The open horizons of the board, in order. */
export const BOARD_HORIZONS = HORIZONS.filter(
	(horizon): horizon is 'now' | 'next' | 'later' | 'exploring' => horizon !== 'shipped' && horizon !== 'declined',
);

/**
 * Items grouped by horizon. Within a horizon, items scored under the same model sort by score
 * (highest first); models are never ranked against each other, so RICE, WSJF, ICE and unscored
 * items follow in that order, each by title.
 */
export function groupByHorizon<T extends { id: string; data: RoadmapItem }>(items: readonly T[]): Record<RoadmapItem['horizon'], T[]> {
	const groups = Object.fromEntries(HORIZONS.map((horizon) => [horizon, [] as T[]])) as Record<RoadmapItem['horizon'], T[]>;
	for (const item of items) groups[item.data.horizon].push(item);
	const modelOrder = { rice: 0, wsjf: 1, ice: 2 } as const;
	const key = (item: T) => {
		const score = item.data.priority ? priorityScore(item.data.priority) : undefined;
		return { model: score ? modelOrder[score.model] : 3, score: score?.score ?? 0 };
	};
	for (const horizon of HORIZONS) {
		groups[horizon].sort((a, b) => {
			const [ka, kb] = [key(a), key(b)];
			return ka.model - kb.model || kb.score - ka.score || a.data.title.localeCompare(b.data.title);
		});
	}
	return groups;
}
