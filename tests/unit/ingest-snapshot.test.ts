import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { type PatchEntry, planMerge, rounded } from '../../src/domain/ingest/snapshot-patch.ts';
import { parseSnapshotCsv } from '../../src/lib/source-file.ts';
import { mergeSnapshotText, newSnapshotText, writeFilesAtomically } from '../../src/lib/snapshot-file.ts';
import { MetricSnapshotSchema } from '../../src/schemas/metric-snapshot.ts';
import { problemsAfter } from './fixture.ts';

const ENTRIES: PatchEntry[] = [
	{ path: ['values', 'nps'], value: 24 },
	{ path: ['samples', 'nps'], value: 180 },
	{ path: ['teams', 'checkout', 'nps'], value: 31.5 },
	{ path: ['teamSamples', 'checkout', 'nps'], value: 40 },
];

describe('merge plan', () => {
	const existing = { date: '2026-03-31', values: { nps: 24, lead: 30 }, teams: { checkout: { nps: 30 } }, samples: {} };

	it('adds what is missing, leaves equal values, and refuses to replace a different one', () => {
		const plan = planMerge(existing, ENTRIES, false);
		expect(plan.unchanged).toEqual([ENTRIES[0]]);
		expect(plan.writes).toEqual([ENTRIES[1], ENTRIES[3]]);
		expect(plan.conflicts).toEqual([{ ...ENTRIES[2], before: 30 }]);
	});

	it('replaces a different value only when forced', () => {
		const plan = planMerge(existing, ENTRIES, true);
		expect(plan.conflicts).toEqual([]);
		expect(plan.writes).toContainEqual({ ...ENTRIES[2], before: 30 });
	});

	it('writes everything into a day without a snapshot', () => {
		expect(planMerge(undefined, ENTRIES, false).writes).toEqual(ENTRIES);
	});

	it('rounds to 4 places without a negative zero', () => {
		expect(rounded(100 / 3)).toBe(33.3333);
		expect(rounded(6 / 14)).toBe(0.4286);
		expect(Object.is(rounded(-0.00001), -0)).toBe(false);
	});
});

describe('snapshot files', () => {
	it('writes a new day as YAML that the snapshot schema accepts', () => {
		const text = newSnapshotText('2026-03-31', 'npm run metrics:ingest survey from survey.csv', ENTRIES);
		expect(text).toBe(`date: 2026-03-31
source: npm run metrics:ingest survey from survey.csv
values:
  nps: 24
teams:
  checkout:
    nps: 31.5
samples:
  nps: 180
teamSamples:
  checkout:
    nps: 40
`);
		expect(MetricSnapshotSchema.safeParse(parse(text)).success).toBe(true);
	});

	it('keeps the comments, order and layout of a YAML snapshot, changing a value in place', () => {
		const before = `# Month-end export.
date: 2026-03-31
source: A long source note that goes well past eighty characters, which must not be folded onto a second line
values:
  lead: 30 # median of services
  nps: 20
# Stream-aligned teams only.
teams:
  checkout:
    lead: 21
`;
		const after = mergeSnapshotText('2026-03-31.yaml', before, '2026-03-31', [
			{ path: ['values', 'nps'], value: 24 },
			{ path: ['values', 'lead'], value: 28 },
			{ path: ['teams', 'checkout', 'nps'], value: 31.5 },
			{ path: ['samples', 'nps'], value: 180 },
		]);
		expect(after).toBe(`# Month-end export.
date: 2026-03-31
source: A long source note that goes well past eighty characters, which must not be folded onto a second line
values:
  lead: 28 # median of services
  nps: 24
# Stream-aligned teams only.
teams:
  checkout:
    lead: 21
    nps: 31.5
samples:
  nps: 180
`);
	});

	it('keeps the indentation and key order of a JSON snapshot', () => {
		const before = '{\n    "date": "2026-03-31",\n    "values": {\n        "nps": 20\n    }\n}\n';
		const after = mergeSnapshotText('2026-03-31.json', before, '2026-03-31', ENTRIES);
		expect(after).toBe(
			'{\n    "date": "2026-03-31",\n    "values": {\n        "nps": 24\n    },\n    "samples": {\n        "nps": 180\n    },\n    "teams": {\n        "checkout": {\n            "nps": 31.5\n        }\n    },\n    "teamSamples": {\n        "checkout": {\n            "nps": 40\n        }\n    }\n}\n',
		);
	});

	it('changes a CSV snapshot’s cells in place, adds rows, and widens the header when it must', () => {
		const before = 'date,metric,value\n2026-03-31,nps,20\n2026-03-31,lead,30\n';
		const after = mergeSnapshotText('2026-03-31.csv', before, '2026-03-31', ENTRIES);
		expect(after).toBe('date,metric,value,team,n\n2026-03-31,nps,24,,180\n2026-03-31,lead,30\n2026-03-31,nps,31.5,checkout,40\n');
		const parsed = parseSnapshotCsv(after, '2026-03-31.csv');
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toEqual({
			date: '2026-03-31',
			values: { nps: 24, lead: 30 },
			teams: { checkout: { nps: 31.5 } },
			samples: { nps: 180 },
			teamSamples: { checkout: { nps: 40 } },
		});
	});
});

describe('atomic writes', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('replaces every file and leaves no temporary file behind', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'trailmap-atomic-'));
		writeFileSync(path.join(dir, 'a.yaml'), 'old');
		await writeFilesAtomically(
			new Map([
				[path.join(dir, 'a.yaml'), 'new a'],
				[path.join(dir, 'b.yaml'), 'new b'],
			]),
		);
		expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('new a');
		expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
	});

	it('writes nothing when one file cannot be written', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'trailmap-atomic-'));
		writeFileSync(path.join(dir, 'a.yaml'), 'old');
		const files = new Map([
			[path.join(dir, 'a.yaml'), 'new a'],
			[path.join(dir, 'missing', 'b.yaml'), 'new b'],
		]);
		await expect(writeFilesAtomically(files)).rejects.toThrow();
		expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('old');
		expect(readdirSync(dir)).toEqual(['a.yaml']);
	});
});

describe('per-team sample sizes in the content check', () => {
	it('checks the team and metric of every teamSamples entry, and that counts are whole', async () => {
		const problems = await problemsAfter({
			'metrics/snapshots/2026-04-30.yaml': `date: 2026-04-30
values:
  developer-nps: 14
teams:
  checkout:
    developer-nps: 20
teamSamples:
  checkout:
    developer-nps: 40
  chekout:
    developer-nps: 12
  routing:
    developer-nsp: 1.5
`,
		});
		expect(problems.map(({ file, line, field, message, hint }) => ({ file, line, field, message, hint }))).toEqual([
			expect.objectContaining({ line: 13, field: 'teamSamples.routing.developer-nsp', message: 'expected a whole number of 0 or more' }),
		]);
		const fixed = await problemsAfter({
			'metrics/snapshots/2026-04-30.yaml': `date: 2026-04-30
values:
  developer-nps: 14
teamSamples:
  chekout:
    developer-nps: 12
  checkout:
    developer-nsp: 2
`,
		});
		expect(fixed.map(({ line, field, hint }) => ({ line, field, hint }))).toEqual([
			{ line: 6, field: 'teamSamples.chekout', hint: 'did you mean "checkout"?' },
			{ line: 8, field: 'teamSamples.checkout.developer-nsp', hint: 'did you mean "developer-nps"?' },
		]);
	});

	it('reads n on a team’s row of a CSV snapshot as that team’s sample size', () => {
		const parsed = parseSnapshotCsv('date,metric,value,team,n\n2026-03-31,nps,20,,150\n2026-03-31,nps,31,checkout,40\n', 's.csv');
		expect(parsed.data).toMatchObject({ samples: { nps: 150 }, teamSamples: { checkout: { nps: 40 } } });
		expect(parsed.locate(['teamSamples', 'checkout', 'nps'])).toEqual({ line: 3, column: 28 });
	});
});
