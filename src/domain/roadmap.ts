import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { HORIZONS } from '../schemas/roadmap-item.ts';
import type { Site } from '../schemas/site.ts';
import { type PriorityScore, priorityScore } from './prioritisation.ts';
import { compareQuarters, halfLabel, parseQuarter, quarterLabel } from './quarters.ts';

/** Horizon names as the board shows them. */
export const HORIZON_LABELS: Record<RoadmapItem['horizon'], string> = {
	now: 'Now',
	next: 'Next',
	later: 'Later',
	exploring: 'Exploring',
	shipped: 'Shipped',
	declined: 'Declined',
};

/** Release phase names as pages show them. */
export const PHASE_LABELS: Record<NonNullable<RoadmapItem['phase']>, string> = {
	discovery: 'Discovery',
	'in-design': 'In design',
	preview: 'Preview',
	ga: 'GA',
};

/** What each open horizon promises, shown under its column. */
export const HORIZON_PROMISES: Record<'now' | 'next' | 'later' | 'exploring', string> = {
	now: 'Being built this quarter.',
	next: 'Planned for the next one or two quarters.',
	later: 'Committed in principle; timing not set.',
	exploring: 'Researching the problem; no commitment yet.',
};

/** An open horizon: one column of the board. */
export type OpenHorizon = (typeof BOARD_HORIZONS)[number];

/** The open horizons of the board, in order. */
export const BOARD_HORIZONS = HORIZONS.filter(
	(horizon): horizon is 'now' | 'next' | 'later' | 'exploring' => horizon !== 'shipped' && horizon !== 'declined',
);

/** Whether an item is still on the board (not shipped or declined). */
export const isOpen = (item: Pick<RoadmapItem, 'horizon'>): boolean => item.horizon !== 'shipped' && item.horizon !== 'declined';

/** Months between reviews for each cadence in site.yaml; weeks are counted in days. */
const CADENCE: Record<Site['reviewCadence'], { days?: number; months?: number }> = {
	weekly: { days: 7 },
	fortnightly: { days: 14 },
	monthly: { months: 1 },
	quarterly: { months: 3 },
};

/** The day the next review of an item reviewed on `lastReviewed` is due (a month after 31 January is 28 or 29 February). */
export function reviewDueOn(lastReviewed: string, cadence: Site['reviewCadence']): string {
	const [year, month, day] = lastReviewed.split('-').map(Number);
	const { days = 0, months = 0 } = CADENCE[cadence];
	const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
	const due = new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget) + days));
	return due.toISOString().slice(0, 10);
}

/** True when an open item's last review is older than the site's cadence on `today` (YYYY-MM-DD); shipped and declined items need no review. */
export function isReviewOverdue(
	item: Pick<RoadmapItem, 'horizon' | 'lastReviewed'>,
	cadence: Site['reviewCadence'],
	today: string,
): boolean {
	return isOpen(item) && reviewDueOn(item.lastReviewed, cadence) < today;
}

/** How precisely a target window may be shown: a quarter at high confidence, a half-year at medium, only the year at low. */
export function windowPrecision(confidence: RoadmapItem['confidence']): 'quarter' | 'half' | 'year' {
	return confidence === 'high' ? 'quarter' : confidence === 'medium' ? 'half' : 'year';
}

/** A target window only as precise as the confidence allows: "Q1 2027", "H1 2027" or "2027". */
export function targetText(targetWindow: string, confidence: RoadmapItem['confidence']): string {
	const precision = windowPrecision(confidence);
	if (precision === 'quarter') return quarterLabel(targetWindow);
	if (precision === 'half') return halfLabel(targetWindow);
	return String(parseQuarter(targetWindow).year);
}

/** How a column is ordered: by one model's score when every scored item in it shares that model, else by target window. */
export type ColumnOrder = { by: 'score'; model: PriorityScore['model'] } | { by: 'window' };

const byWindow = (a: RoadmapItem, b: RoadmapItem) =>
	a.targetWindow && b.targetWindow ? compareQuarters(a.targetWindow, b.targetWindow) : a.targetWindow ? -1 : b.targetWindow ? 1 : 0;

/** Within one target window, items are grouped by model (never ranked across models), then ranked by score. */
const MODEL_ORDER = { rice: 0, wsjf: 1, ice: 2, none: 3 } as const;

/**
 * Orders one column. Scores are only comparable within one model (DOMAIN.md), so when every item
 * of the column is scored under the same model they rank by score, highest first; otherwise by
 * target window, earliest first and items without one last, and within one window items are
 * grouped by model and ranked by score inside each. Ties fall back to the title.
 */
export function orderColumn<T extends { id: string; data: RoadmapItem }>(items: readonly T[]): { items: T[]; order: ColumnOrder } {
	const scores = new Map(items.map((item) => [item.id, item.data.priority ? priorityScore(item.data.priority) : undefined]));
	const models = new Set([...scores.values()].map((score) => score?.model));
	const shared = models.size === 1 ? [...models][0] : undefined;
	const score = (item: T) => scores.get(item.id)?.score ?? 0;
	const model = (item: T) => MODEL_ORDER[scores.get(item.id)?.model ?? 'none'];
	const title = (a: T, b: T) => a.data.title.localeCompare(b.data.title);
	if (shared && items.length > 0) {
		return {
			items: [...items].sort((a, b) => score(b) - score(a) || byWindow(a.data, b.data) || title(a, b)),
			order: { by: 'score', model: shared },
		};
	}
	const sorted = [...items].sort((a, b) => byWindow(a.data, b.data) || model(a) - model(b) || score(b) - score(a) || title(a, b));
	return { items: sorted, order: { by: 'window' } };
}

/** Items grouped by horizon, each group in board order (see orderColumn); shipped newest first, declined by title. */
export function groupByHorizon<T extends { id: string; data: RoadmapItem }>(items: readonly T[]): Record<RoadmapItem['horizon'], T[]> {
	const groups = Object.fromEntries(HORIZONS.map((horizon) => [horizon, [] as T[]])) as Record<RoadmapItem['horizon'], T[]>;
	for (const item of items) groups[item.data.horizon].push(item);
	for (const horizon of BOARD_HORIZONS) groups[horizon] = orderColumn(groups[horizon]).items;
	groups.shipped.sort((a, b) => (b.data.shippedOn ?? '').localeCompare(a.data.shippedOn ?? '') || a.data.title.localeCompare(b.data.title));
	groups.declined.sort((a, b) => a.data.title.localeCompare(b.data.title));
	return groups;
}
