import { type MetricDefinition, type MetricUnit, NON_NEGATIVE_UNITS } from '../schemas/metric-definition.ts';

/** Inclusive bounds of a metric's values; a side left out has no bound. */
export interface ValueRange {
	min?: number;
	max?: number;
}

/** What one value of each unit is called, for messages such as "a percentage is at most 100". */
const UNIT_NOUNS: Record<MetricUnit, string> = {
	percent: 'a percentage',
	count: 'a count',
	score: 'a score',
	minutes: 'a number of minutes',
	hours: 'a number of hours',
	days: 'a number of days',
	'per-day': 'a rate per day',
	'per-week': 'a rate per week',
	currency: 'an amount',
};

/** The bounds a unit sets by itself: percentages 0-100, counts, durations and rates never negative. */
function unitRange(unit: MetricUnit): ValueRange {
	if (unit === 'percent') return { min: 0, max: 100 };
	return NON_NEGATIVE_UNITS.includes(unit) ? { min: 0 } : {};
}

/** The values a metric can take: its unit's bounds, each side replaced by the definition's `range` where given. */
export function metricRange(definition: Pick<MetricDefinition, 'unit' | 'range'>): ValueRange {
	const own = unitRange(definition.unit);
	return { min: definition.range?.min ?? own.min, max: definition.range?.max ?? own.max };
}

/** Why `value` cannot be a value of the metric, as a message and a hint; undefined when it can. */
export function outOfRange(value: number, definition: MetricDefinition): { message: string; hint: string } | undefined {
	const { min, max } = metricRange(definition);
	const noun = UNIT_NOUNS[definition.unit];
	const widen = (side: 'min' | 'max') =>
		`check the value; if ${definition.id} really can be ${side === 'min' ? 'lower' : 'higher'}, set range: { ${side}: ... } on it in metrics/definitions.yaml`;
	if (min !== undefined && value < min) {
		if (definition.range?.min !== undefined) {
			return { message: `${definition.id} is at least ${min}, as its range says`, hint: widen('min') };
		}
		return {
			message: min === 0 && definition.unit !== 'percent' ? `${noun} is never negative` : `${noun} is at least ${min}`,
			hint: widen('min'),
		};
	}
	if (max !== undefined && value > max) {
		if (definition.range?.max !== undefined) {
			return { message: `${definition.id} is at most ${max}, as its range says`, hint: widen('max') };
		}
		return { message: `${noun} is at most ${max}`, hint: widen('max') };
	}
	return undefined;
}
