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

	it('writes measures in their unit, and minutes past the hour as hours', () => {
		expect(formatMeasure(480, { unit: 'minutes' })).toBe('8 h');
		expect(formatMeasure(8.4, { unit: 'minutes' })).toBe('8.4 min');
		expect(formatMeasure(1, { unit: 'days' })).toBe('1 day');
		expect(formatMeasure(72.456, { unit: 'percent' })).toBe('72.5%');
	});

	it('writes a change with one sign, and a change in a percentage in points', () => {
		expect(formatChange(9, { unit: 'score' })).toBe('+9');
		expect(formatChange(-2, { unit: 'days' })).toBe('-2 days');
		expect(formatChange(5, { unit: 'percent' })).toBe('+5 points');
		expect(formatChange(1, { unit: 'percent' })).toBe('+1 point');
		expect(formatChange(0, { unit: 'count' })).toBe('no change');
	});
});
