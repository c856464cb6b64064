import type { Decision } from '../../schemas/decision.ts';
import type { Pain } from '../../schemas/journey.ts';
import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import type { Persona } from '../../schemas/persona.ts';
import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { capitalise } from '../format.ts';
import { quarterLabel } from '../quarters.ts';
import { HORIZON_LABELS, PHASE_LABELS, targetText } from '../roadmap.ts';
import type { Badge, BadgeKind, Tone } from './parts.ts';

/** The colour of every value a badge can show: distinct within a kind, and always beside the value's words. */
const TONES = {
	horizon: { now: 'green', next: 'blue', later: 'purple', exploring: 'amber', shipped: 'teal', declined: 'gray' },
	phase: { discovery: 'amber', 'in-design': 'blue', preview: 'purple', ga: 'green' },
	status: { proposed: 'amber', accepted: 'green', rejected: 'red', deprecated: 'gray', superseded: 'purple' },
	confidence: { high: 'green', medium: 'amber', low: 'orange' },
	category: { adoption: 'blue', experience: 'pink', delivery: 'green', health: 'teal', cost: 'amber', compliance: 'purple' },
	severity: { critical: 'red', major: 'orange', minor: 'gray' },
	need: { must: 'red', should: 'amber', could: 'gray' },
} satisfies Partial<Record<BadgeKind, Record<string, Tone>>>;

const badge = (kind: keyof typeof TONES, value: string, text: string, term?: string): Badge => ({
	kind,
	value,
	text,
	tone: (TONES[kind] as Record<string, Tone>)[value] ?? 'gray',
	...(term === undefined ? {} : { term }),
});

/** Where a roadmap item sits: "Now", "Shipped". */
export const horizonBadge = (horizon: RoadmapItem['horizon'], term?: string) => badge('horizon', horizon, HORIZON_LABELS[horizon], term);

/** A roadmap item's release phase: "In design". */
export const phaseBadge = (phase: NonNullable<RoadmapItem['phase']>, term?: string) => badge('phase', phase, PHASE_LABELS[phase], term);

/** A decision record's MADR status: "accepted". */
export const statusBadge = (status: Decision['status'], term?: string) => badge('status', status, status, term);

/** How sure the team is of an item's scope and timing: "medium". */
export const confidenceBadge = (confidence: RoadmapItem['confidence'], term?: string) => badge('confidence', confidence, confidence, term);

/** A metric's category: "Delivery". */
export const categoryBadge = (category: MetricDefinition['category'], term?: string) =>
	badge('category', category, capitalise(category), term);

/** How badly a pain hurts: "critical". */
export const severityBadge = (severity: Pain['severity'], term?: string) => badge('severity', severity, severity, term);

/** A persona need's priority: "must". */
export const needBadge = (priority: Persona['needs'][number]['priority']) => badge('need', priority, priority);

/** A roadmap item's target window, labelled "Target": "Q1 2027", or only "H1 2027" or "2027" when confidence is lower. */
export const targetBadge = (quarter: string, confidence: RoadmapItem['confidence'] = 'high'): Badge => ({
	kind: 'target',
	value: quarter,
	text: targetText(quarter, confidence),
	tone: 'gray',
	term: 'Target',
});

/** An open item whose last review is older than the site's review cadence. */
export const reviewOverdueBadge = (lastReviewed: string): Badge => ({
	kind: 'review',
	value: lastReviewed,
	text: 'Review overdue',
	tone: 'red',
});

/** An open item whose target window moved later than it first was: "Slipped from Q4 2026". */
export const slippedBadge = (from: string): Badge => ({
	kind: 'slip',
	value: from,
	text: `Slipped from ${quarterLabel(from)}`,
	tone: 'orange',
});
