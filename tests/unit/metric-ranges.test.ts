import { describe, expect, it } from 'vitest';
import { metricRange, outOfRange } from '../../src/domain/metric-ranges.ts';
import type { MetricDefinition } from '../../src/schemas/metric-definition.ts';

const metric = (unit: MetricDefinition['unit'], range?: MetricDefinition['range']): MetricDefinition => ({
	id: 'm',
	name: 'M',
	category: 'delivery',
	unit,
	direction: 'up',
	description: 'M.',
	source: 'S',
	range,
});

describe('metric ranges', () => {
	it.each([
		['percent', { min: 0, max: 100 }],
		['count', { min: 0, max: undefined }],
		['minutes', { min: 0, max: undefined }],
		['hours', { min: 0, max: undefined }],
		['days', { min: 0, max: undefined }],
		['per-day', { min: 0, max: undefined }],
		['per-week', { min: 0, max: undefined }],
		['score', { min: undefined, max: undefined }],
		['currency', { min: undefined, max: undefined }],
	] as const)('bounds %s by its unit', (unit, range) => {
		expect(metricRange(metric(unit))).toEqual(range);
	});

	it('replaces each bound the definition gives, and keeps the other', () => {
		expect(metricRange(metric('percent', { max: 250 }))).toEqual({ min: 0, max: 250 });
		expect(metricRange(metric('score', { min: -100, max: 100 }))).toEqual({ min: -100, max: 100 });
	});

	it('explains a value outside the range by the unit, or by the definition', () => {
		const hint = (side: string, way: string) =>
			`check the value; if m really can be ${way}, set range: { ${side}: ... } on it in metrics/definitions.yaml`;
		expect(outOfRange(-1, metric('percent'))).toEqual({ message: 'a percentage is at least 0', hint: hint('min', 'lower') });
		expect(outOfRange(100.5, metric('percent'))).toEqual({ message: 'a percentage is at most 100', hint: hint('max', 'higher') });
		expect(outOfRange(-0.5, metric('per-week'))).toEqual({ message: 'a rate per week is never negative', hint: hint('min', 'lower') });
		expect(outOfRange(-101, metric('score', { min: -100 }))).toEqual({
			message: 'm is at least -100, as its range says',
			hint: hint('min', 'lower'),
		});
		expect(outOfRange(5, metric('count', { max: 4 }))).toEqual({
			message: 'm is at most 4, as its range says',
			hint: hint('max', 'higher'),
		});
	});

	it('accepts the bounds themselves and anything for an unbounded unit', () => {
		expect([outOfRange(0, metric('percent')), outOfRange(100, metric('percent')), outOfRange(-1e9, metric('currency'))]).toEqual([
			undefined,
			undefined,
			undefined,
		]);
	});
});
