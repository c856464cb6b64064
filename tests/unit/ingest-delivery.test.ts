import { describe, expect, it } from 'vitest';
import { type DeliveryEvent, readDeliveryCsvRow, readDeliveryJsonLine } from '../../src/domain/ingest/delivery-events.ts';
import { deliveryMeasurements, frequencyBucket } from '../../src/domain/ingest/delivery.ts';
import { readCsvHeader } from '../../src/domain/ingest/input.ts';
import { patchOf } from '../../src/domain/ingest/snapshot-patch.ts';
import { daysIn, inWindow, isoWeek, median, parseIsoTime } from '../../src/domain/ingest/time.ts';
import type { Problem } from '../../src/domain/problem.ts';

const TEAMS = new Set(['checkout', 'routing']);
const FILE = 'events.csv';

/** Reads a whole delivery CSV text, as the command reads a file: the header, then one event per line. */
function readCsv(text: string): { events: DeliveryEvent[]; problems: Problem[] } {
	const [headerLine, ...lines] = text.trim().split('\n');
	const read = readCsvHeader(
		headerLine,
		{ file: FILE, line: 1 },
		{ required: ['type', 'id', 'time'], optional: ['team', 'changes', 'status', 'deployment', 'resolved', 'fixes'], others: 'refuse' },
	);
	if ('problem' in read) return { events: [], problems: [read.problem] };
	const events: DeliveryEvent[] = [];
	const problems: Problem[] = [];
	lines.forEach((line, i) => {
		const result = readDeliveryCsvRow(read.header, line, { file: FILE, line: i + 2 }, TEAMS);
		if ('event' in result) events.push(result.event);
		else problems.push(...result.problems);
	});
	return { events, problems };
}

const HEADER = 'type,id,time,team,changes,status,deployment,resolved,fixes';

/**
 * A fortnight (Monday 2026-03-02 to Sunday 2026-03-15, ISO weeks 10 and 11) worked out by hand:
 * lead times 4, 3, 24 (c3: failed d2, then d3) and 36 hours count; c5 (0 h) and c6 (-1 h) do not;
 * c7 first shipped before the window and c8 after it. Six successful deployments in the window
 * (d8 at its last second); d3 is named by incidents i1 (given twice) and i2, d4 by i4, d5 by the
 * open i3; i5 blames the failed d2 and i6 names no deployment.
 */
const FORTNIGHT = `${HEADER}
change,c1,2026-03-02T08:00:00Z,checkout,,,,,
change,c2,2026-03-02T09:00:00Z,checkout,,,,,
change,c3,2026-03-03T10:00:00Z,checkout,,,,,
change,c4,2026-03-04T00:00:00Z,routing,,,,,
change,c5,2026-03-05T12:00:00Z,routing,,,,,
change,c6,2026-03-10T12:00:00Z,routing,,,,,
change,c7,2026-02-20T00:00:00Z,checkout,,,,,
change,c8,2026-03-14T00:00:00Z,checkout,,,,,
deployment,d0,2026-02-27T00:00:00Z,checkout,c7,success,,,
deployment,d1,2026-03-02T12:00:00Z,checkout,c1;c2,success,,,
deployment,d2,2026-03-03T12:00:00Z,checkout,c3,failure,,,
deployment,d3,2026-03-04T10:00:00Z,checkout,c3,success,,,
deployment,d4,2026-03-05T12:00:00Z,routing,c4;c5,success,,,
deployment,d5,2026-03-10T11:00:00Z,routing,c6,success,,,
deployment,d6,2026-03-11T09:00:00Z,checkout,c7,success,,,i1
deployment,d7,2026-03-16T01:00:00Z,checkout,c8,success,,,
deployment,d8,2026-03-15T23:59:59Z,checkout,,success,,,
incident,i1,2026-03-04T11:00:00Z,checkout,,,d3,2026-03-04T14:00:00Z,
incident,i1,2026-03-04T11:00:00Z,checkout,,,d3,2026-03-04T14:00:00Z,
incident,i2,2026-03-05T00:00:00Z,checkout,,,d3,2026-03-05T01:00:00Z,
incident,i3,2026-03-10T12:00:00Z,routing,,,d5,,
incident,i4,2026-03-06T00:00:00Z,routing,,,d4,2026-03-06T05:00:00Z,
incident,i5,2026-03-03T13:00:00Z,checkout,,,d2,2026-03-03T15:00:00Z,
incident,i6,2026-03-07T00:00:00Z,checkout,,,,2026-03-07T02:00:00Z,
`;
const WINDOW = { from: '2026-03-02', to: '2026-03-15' };

describe('time and statistics', () => {
	it('takes the median of an odd count, and the mean of the two middle values of an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([36, 3, 24, 4])).toBe(14);
		expect(median([])).toBeUndefined();
	});

	it('reads ISO 8601 times with an offset, and refuses times without one or on days that do not exist', () => {
		expect(parseIsoTime('2026-03-01T10:00:00Z')).toBe(Date.UTC(2026, 2, 1, 10));
		expect(parseIsoTime('2026-03-01T10:00:00+01:00')).toBe(Date.UTC(2026, 2, 1, 9));
		expect(parseIsoTime('2026-03-01T10:00+0130')).toBe(Date.UTC(2026, 2, 1, 8, 30));
		expect(parseIsoTime('2026-03-01T10:00:00.25Z')).toBe(Date.UTC(2026, 2, 1, 10, 0, 0, 250));
		expect(parseIsoTime('2026-03-01T10:00:00')).toBeUndefined();
		expect(parseIsoTime('2026-02-30T10:00:00Z')).toBeUndefined();
		expect(parseIsoTime('yesterday')).toBeUndefined();
	});

	it('counts whole UTC days, both ends included, whatever offset a time is written in', () => {
		expect(daysIn({ from: '2026-03-01', to: '2026-03-31' })).toBe(31);
		expect(daysIn({ from: '2026-03-15', to: '2026-03-15' })).toBe(1);
		const window = { from: '2026-03-02', to: '2026-03-15' };
		expect(inWindow(parseIsoTime('2026-03-02T00:00:00Z')!, window)).toBe(true);
		expect(inWindow(parseIsoTime('2026-03-15T23:59:59.999Z')!, window)).toBe(true);
		expect(inWindow(parseIsoTime('2026-03-16T00:00:00Z')!, window)).toBe(false);
		// 00:30 in Berlin on the 16th is 23:30 UTC on the 15th; 00:30 in Berlin on the 2nd is the 1st in UTC.
		expect(inWindow(parseIsoTime('2026-03-16T00:30:00+01:00')!, window)).toBe(true);
		expect(inWindow(parseIsoTime('2026-03-02T00:30:00+01:00')!, window)).toBe(false);
	});

	it('numbers ISO weeks from the week that holds the first Thursday', () => {
		expect(isoWeek('2026-03-02')).toBe('2026-W10');
		expect(isoWeek('2026-03-01')).toBe('2026-W09');
		expect(isoWeek('2027-01-01')).toBe('2026-W53');
		expect(isoWeek('2024-12-30')).toBe('2025-W01');
	});
});

describe('delivery metrics', () => {
	const { events, problems } = readCsv(FORTNIGHT);
	const { measurements, problems: repeats } = deliveryMeasurements(events, WINDOW);

	it('reads every row of a valid file', () => {
		expect(problems).toEqual([]);
		expect(repeats).toEqual([]);
		expect(events).toHaveLength(24);
	});

	it('computes the five metrics organisation-wide, with their sample sizes', () => {
		expect(measurements.overall['delivery.deployment-frequency']).toEqual({ value: 6 / 14, samples: 6 });
		// 3, 4, 24 and 36 hours: the mean of the two middle values.
		expect(measurements.overall['delivery.lead-time']).toEqual({ value: 14, samples: 4 });
		// d3 (two incidents, one given twice), d4 and d5 (its incident still open) of six.
		expect(measurements.overall['delivery.change-fail-rate']).toEqual({ value: 50, samples: 6 });
		// i1 3 h, i2 1 h, i4 5 h; i3 is open, i5 blames a failed deployment, i6 names none.
		expect(measurements.overall['delivery.recovery-time']).toEqual({ value: 3, samples: 3 });
		expect(measurements.overall['delivery.rework-rate']).toEqual({ value: (1 / 6) * 100, samples: 6 });
	});

	it('splits by each event’s team', () => {
		expect(measurements.teams.get('checkout')).toEqual({
			'delivery.deployment-frequency': { value: 4 / 14, samples: 4 },
			'delivery.lead-time': { value: 4, samples: 3 },
			'delivery.change-fail-rate': { value: 25, samples: 4 },
			'delivery.recovery-time': { value: 2, samples: 2 },
			'delivery.rework-rate': { value: 25, samples: 4 },
		});
		expect(measurements.teams.get('routing')).toEqual({
			'delivery.deployment-frequency': { value: 2 / 14, samples: 2 },
			'delivery.lead-time': { value: 36, samples: 1 },
			'delivery.change-fail-rate': { value: 100, samples: 2 },
			'delivery.recovery-time': { value: 5, samples: 1 },
			'delivery.rework-rate': { value: 0, samples: 2 },
		});
	});

	it('reports what it did not count', () => {
		expect(measurements.notes).toContain('2 changes shipped in the window have a lead time of 0 or less and are not counted');
		expect(measurements.notes).toContain('1 incidents opened in the window are still open and not counted in recovery time: i3');
		expect(measurements.notes.some((note) => note.includes('failed deployment') && note.includes('i5'))).toBe(true);
		expect(measurements.notes[0]).toMatch(/^deployment frequency bucket: daily/);
		expect(measurements.notes).toContain('checkout: deployment frequency bucket weekly');
	});

	it('writes the values under the metrics computed from them, rounded to 4 places', () => {
		const metrics = [
			{ id: 'deploys', data: { computedFrom: 'delivery.deployment-frequency' as const } },
			{ id: 'lead', data: { computedFrom: 'delivery.lead-time' as const } },
			{ id: 'nps', data: {} },
		];
		const { entries, unmapped } = patchOf(measurements, metrics);
		expect(entries).toContainEqual({ path: ['values', 'deploys'], value: 0.4286 });
		expect(entries).toContainEqual({ path: ['samples', 'deploys'], value: 6 });
		expect(entries).toContainEqual({ path: ['teams', 'routing', 'deploys'], value: 0.1429 });
		expect(entries).toContainEqual({ path: ['teamSamples', 'checkout', 'lead'], value: 3 });
		expect(unmapped.sort()).toEqual(['delivery.change-fail-rate', 'delivery.recovery-time', 'delivery.rework-rate']);
	});

	it('counts nothing that is not in the window', () => {
		const { measurements: week } = deliveryMeasurements(events, { from: '2026-03-09', to: '2026-03-15' });
		// d5, d6 and d8; no change first shipped this week has a positive lead time (c6 is -1 h, c7 shipped before).
		expect(week.overall['delivery.deployment-frequency']).toEqual({ value: 3 / 7, samples: 3 });
		expect(week.overall['delivery.lead-time']).toBeUndefined();
		expect(week.overall['delivery.recovery-time']).toBeUndefined();
		expect(week.overall['delivery.change-fail-rate']).toEqual({ value: (1 / 3) * 100, samples: 3 });
	});

	it('reads JSON lines like CSV rows, changes as an array', () => {
		const lines = [
			'{"type":"change","id":"c1","time":"2026-03-02T08:00:00Z","team":"checkout"}',
			'{"type":"change","id":"c2","time":"2026-03-02T10:00:00Z","team":"checkout"}',
			'{"type":"deployment","id":"d1","time":"2026-03-02T12:00:00Z","team":"checkout","changes":["c1","c2"],"status":"success"}',
			'{"type":"incident","id":"i1","time":"2026-03-02T13:00:00Z","team":"checkout","deployment":"d1","resolved":null}',
		];
		const events = lines
			.map((line, i) => readDeliveryJsonLine(line, { file: 'events.jsonl', line: i + 1 }, TEAMS))
			.map((result) => {
				if (!('event' in result)) throw new Error(JSON.stringify(result.problems));
				return result.event;
			});
		const { measurements } = deliveryMeasurements(events, { from: '2026-03-02', to: '2026-03-02' });
		expect(measurements.overall['delivery.lead-time']).toEqual({ value: 3, samples: 2 });
		expect(measurements.overall['delivery.change-fail-rate']).toEqual({ value: 100, samples: 1 });
		expect(measurements.overall['delivery.recovery-time']).toBeUndefined();
	});
});

describe('deployment frequency bucket', () => {
	const at = (...days: string[]) => days.map((day) => Date.parse(`${day}T12:00:00Z`));
	it('is daily when the median week has 3 or more days with a deployment', () => {
		// Week 10: 3 days (two deployments on the 2nd count once); week 11: 4 days.
		expect(
			frequencyBucket(
				at('2026-03-02', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12'),
				WINDOW,
			),
		).toBe('daily');
	});
	it('is weekly when the median week has 1 or 2, monthly when only the median month has one, else yearly', () => {
		expect(frequencyBucket(at('2026-03-02', '2026-03-03', '2026-03-09'), WINDOW)).toBe('weekly');
		// Weeks 10 to 13 with a deployment in one of them: the median week has none, March has one.
		expect(frequencyBucket(at('2026-03-02'), { from: '2026-03-02', to: '2026-03-29' })).toBe('monthly');
		// Add April's first five days: the months are [1, 0], whose median 0.5 is below 1.
		expect(frequencyBucket(at('2026-03-02'), { from: '2026-03-02', to: '2026-04-05' })).toBe('yearly');
		expect(frequencyBucket(at('2026-01-05'), { from: '2026-01-01', to: '2026-03-31' })).toBe('yearly');
	});
});

describe('bad delivery rows', () => {
	it('reports each bad field at its line and column, with a hint', () => {
		const { events, problems } = readCsv(`${HEADER}
deploymnt,d1,2026-03-02T12:00:00Z,checkout,,success,,,
deployment,d2,2026-03-02T12:00:00,checkout,,success,,,
deployment,d3,2026-03-02T12:00:00Z,chekout,,ok,,,
change,c1,2026-03-02T12:00:00Z,checkout,,success,,,
incident,i1,2026-03-02T12:00:00Z,checkout,,,d1,2026-03-02T11:00:00Z,
`);
		expect(events).toEqual([]);
		const brief = problems.map(({ line, column, field, value, hint }) => ({ line, column, field, value, hint }));
		expect(brief).toEqual([
			{ line: 2, column: 1, field: 'type', value: 'deploymnt', hint: 'did you mean "deployment"?' },
			{ line: 3, column: 15, field: 'time', value: '2026-03-02T12:00:00', hint: expect.stringContaining('UTC offset') },
			{ line: 4, column: 36, field: 'team', value: 'chekout', hint: 'did you mean "checkout"?' },
			{ line: 4, column: 45, field: 'status', value: 'ok', hint: expect.stringContaining('success') },
			{ line: 5, column: 42, field: 'status', value: 'success', hint: 'leave status empty on a change row' },
			{ line: 6, column: 48, field: 'resolved', value: '2026-03-02T11:00:00Z', hint: expect.stringContaining('offsets') },
		]);
	});

	it('points at the key of a bad JSON line', () => {
		const result = readDeliveryJsonLine(
			'{"type":"deployment","id":"d1","time":"2026-03-02T12:00:00Z","changes":"c1","status":"success","fix":"i1"}',
			{ file: 'e.jsonl', line: 7 },
			TEAMS,
		);
		expect('problems' in result && result.problems.map(({ line, column, field }) => ({ line, column, field }))).toEqual([
			{ line: 7, column: 102, field: 'fix' },
			{ line: 7, column: 72, field: 'changes' },
		]);
		const broken = readDeliveryJsonLine('{"type":', { file: 'e.jsonl', line: 8 }, TEAMS);
		expect('problems' in broken && broken.problems[0].message).toBe('this line is not valid JSON');
	});

	it('refuses a header with a column delivery events do not have', () => {
		const { problems } = readCsv('type,id,time,team,commit\n');
		expect(problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('"commit"') });
	});

	it('counts an unchanged repeat once, and reports a repeat that contradicts the first', () => {
		const { events } = readCsv(`${HEADER}
deployment,d1,2026-03-02T12:00:00Z,checkout,,success,,,
deployment,d1,2026-03-02T12:00:00Z,checkout,,success,,,
deployment,d2,2026-03-02T13:00:00Z,checkout,,success,,,
deployment,d2,2026-03-02T13:00:00Z,checkout,,failure,,,
`);
		const { measurements, problems } = deliveryMeasurements(events, { from: '2026-03-02', to: '2026-03-02' });
		expect(problems).toEqual([
			expect.objectContaining({ line: 5, field: 'id', value: 'd2', message: expect.stringContaining('another status') }),
		]);
		expect(measurements.overall['delivery.deployment-frequency']).toEqual({ value: 2, samples: 2 });
	});

	it('takes an incident’s resolution from a later event of the same id', () => {
		const { events } = readCsv(`${HEADER}
deployment,d1,2026-03-02T10:00:00Z,checkout,,success,,,
incident,i1,2026-03-02T11:00:00Z,checkout,,,d1,,
incident,i1,2026-03-02T11:00:00Z,checkout,,,d1,2026-03-02T11:30:00Z,
`);
		const { measurements } = deliveryMeasurements(events, { from: '2026-03-02', to: '2026-03-02' });
		expect(measurements.overall['delivery.recovery-time']).toEqual({ value: 0.5, samples: 1 });
		expect(measurements.overall['delivery.change-fail-rate']).toEqual({ value: 100, samples: 1 });
	});
});
