import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDuration, formatMeasure, formatNameList, formatPeople } from '../../src/domain/format.ts';

describe('one formatter per kind of value', () => {
	it('reads durations in minutes, hours and days, never as hundreds of minutes', () => {
		expect([45, 60, 150, 480, 1440, 2880, 3600].map(formatDuration)).toEqual([
			'45 min',
			'1 h',
			'2 h 30 min',
			'8 h',
			'1 day',
			'2 days',
			'2.5 days',
		]);
		expect(formatDuration(8.4)).toBe('8.4 min');
	});

	it('separates names that contain commas with semicolons', () => {
		expect(formatNameList(['Marek, site reliability engineer', 'Priya, product engineer'])).toBe(
			'Marek, site reliability engineer; Priya, product engineer',
		);
		expect(formatNameList(['CI/CD', 'Observability'])).toBe('CI/CD, Observability');
	});

	it('counts with the right noun', () => {
		expect([formatCount(0, 'guide'), formatCount(1, 'guide'), formatCount(1200, 'guide')]).toEqual([
			'no guides',
			'1 guide',
			'1,200 guides',
		]);
		expect(formatPeople(1)).toBe('about 1 person');
		expect(formatPeople(420)).toBe('about 420 people');
	});

	it('writes durations of metrics in natural units and words', () => {
		expect(formatMeasure(480, { unit: 'minutes' })).toBe('8 hours');
		expect(formatMeasure(90, { unit: 'minutes' })).toBe('90 minutes');
		expect(formatMeasure(8.4, { unit: 'minutes' })).toBe('8.4 minutes');
		expect(formatMeasure(1, { unit: 'minutes' })).toBe('1 minute');
		expect(formatMeasure(1, { unit: 'days' })).toBe('1 day');
		expect(formatMeasure(0.5, { unit: 'days' })).toBe('12 hours');
		expect(formatMeasure(3, { unit: 'hours' })).toBe('3 hours');
		expect(formatMeasure(1, { unit: 'hours' })).toBe('1 hour');
		expect(formatMeasure(33, { unit: 'hours' })).toBe('33 hours');
		expect(formatMeasure(168, { unit: 'hours' })).toBe('7 days');
		expect(formatMeasure(0.5, { unit: 'hours' })).toBe('30 minutes');
		expect(formatMeasure(1.7, { unit: 'hours' })).toBe('1.7 hours');
		expect(formatMeasure(72.456, { unit: 'percent' })).toBe('72.5%');
		expect(formatMeasure(21, { unit: 'score' })).toBe('+21');
	});

	it('writes the changes the issue found wrong: one sign, percentage points, "1 day"', () => {
		// NPS up 9 was "(++9)".
		expect(formatChange(9, { unit: 'score' })).toBe('+9');
		expect(formatChange(-4, { unit: 'score' })).toBe('-4');
		// One day fewer was "-1 days".
		expect(formatChange(-1, { unit: 'days' })).toBe('-1 day');
		expect(formatChange(-2, { unit: 'days' })).toBe('-2 days');
		// CSAT from 71% to 76% was "+5%": it is 5 percentage points.
		expect(formatChange(76 - 71, { unit: 'percent' })).toBe('+5 percentage points');
		expect(formatChange(1, { unit: 'percent' })).toBe('+1 percentage point');
		expect(formatChange(8.6 - 9.1, { unit: 'percent' })).toBe('-0.5 percentage points');
		expect(formatChange(-1.9, { unit: 'hours' })).toBe('-1.9 hours');
		expect(formatChange(0.06, { unit: 'per-day' })).toBe('+0.06 per day');
		expect(formatChange(0, { unit: 'count' })).toBe('no change');
	});
});
