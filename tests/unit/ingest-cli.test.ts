import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../src/lib/ingest-metrics.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'trailmap-ingest-cli-'));
const content = path.join(work, 'content');
cpSync(path.join(ROOT, 'content'), content, { recursive: true });
const snapshots = path.join(content, 'metrics/snapshots');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run metrics:ingest` as a child process on the copy of the example content. */
function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['scripts/ingest-metrics.ts', ...args],
			{ cwd: ROOT, env: { ...process.env, TRAILMAP_CONTENT_DIR: content, GITHUB_ACTIONS: '' } },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
		);
	});
}

const input = (name: string, text: string) => {
	writeFileSync(path.join(work, name), text);
	return path.join(work, name);
};
const snapshot = (name: string) => readFileSync(path.join(snapshots, name), 'utf8');

const HEADER = 'type,id,time,team,changes,status,deployment,resolved,fixes';
/** c1 ships 12 h after its commit; d2 causes i1, resolved in 1.5 h. Two deployments in the 28 days to 2026-11-27. */
const EVENTS = `${HEADER}
change,c1,2026-11-02T08:00:00Z,checkout,,,,,
deployment,d1,2026-11-02T20:00:00Z,checkout,c1,success,,,
deployment,d2,2026-11-03T10:00:00Z,routing,,success,,,
incident,i1,2026-11-03T11:00:00Z,routing,,,d2,2026-11-03T12:30:00Z,
`;

describe('npm run metrics:ingest', { timeout: 90_000 }, () => {
	it('reports every bad row with file, line, column and hint, and writes nothing', async () => {
		const before = readdirSync(snapshots);
		const bad = input(
			'bad.csv',
			`${HEADER}\nchange,c1,2026-11-02 08:00,checkout,,,,,\ndeployment,d1,2026-11-02T20:00:00Z,chekout,c1,success,,,\n`,
		);
		const { code, stderr } = await ingest('delivery', bad, '--to', '2026-11-27');
		expect(code).toBe(1);
		expect(stderr).toContain(`${bad}:2:11\n  time = "2026-11-02 08:00": expected an ISO 8601 time with a UTC offset`);
		expect(stderr).toContain(
			`${bad}:3:36\n  team = "chekout": no team in teams.yaml has the id "chekout"\n  Hint: did you mean "checkout"?`,
		);
		expect(stderr).toContain('*** Found 2 problems in the input; nothing was written');
		expect(readdirSync(snapshots)).toEqual(before);
	});

	it('computes the 28 days to --to and writes them into a new snapshot of that day', async () => {
		const { code, stdout, stderr } = await ingest('delivery', input('events.csv', EVENTS), '--to', '2026-11-27');
		expect(stderr).toContain('events.csv: 4 records');
		expect(code).toBe(0);
		expect(stdout).toContain('delivery over 2026-10-31 to 2026-11-27 (28 days)');
		const written = parse(snapshot('2026-11-27.yaml'));
		expect(written.values).toEqual({
			'deployment-frequency': 0.0714,
			'change-lead-time': 12,
			'change-fail-rate': 50,
			'recovery-time': 1.5,
			'deployment-rework-rate': 0,
		});
		expect(written.samples).toEqual({
			'deployment-frequency': 2,
			'change-lead-time': 1,
			'change-fail-rate': 2,
			'recovery-time': 1,
			'deployment-rework-rate': 2,
		});
		expect(written.teams.routing).toEqual({
			'deployment-frequency': 0.0357,
			'change-fail-rate': 100,
			'recovery-time': 1.5,
			'deployment-rework-rate': 0,
		});
		expect(written.teamSamples.checkout['change-lead-time']).toBe(1);
		expect(written.source).toBe('npm run metrics:ingest delivery from events.csv, 2026-10-31 to 2026-11-27');
	});

	it('changes nothing when run again on the same input', async () => {
		const file = path.join(snapshots, '2026-11-27.yaml');
		const [text, modified] = [snapshot('2026-11-27.yaml'), statSync(file).mtimeMs];
		const { code, stdout } = await ingest('delivery', path.join(work, 'events.csv'), '--to', '2026-11-27');
		expect(code).toBe(0);
		expect(stdout).toContain('nothing changed');
		expect(snapshot('2026-11-27.yaml')).toBe(text);
		expect(statSync(file).mtimeMs).toBe(modified);
	});

	it('never replaces a value without --force, and replaces it with', async () => {
		const later = input('later.csv', EVENTS.replace('2026-11-02T20:00:00Z', '2026-11-02T22:00:00Z'));
		const before = snapshot('2026-11-27.yaml');
		const refused = await ingest('delivery', later, '--date', '2026-11-27');
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(
			`${path.join(snapshots, '2026-11-27.yaml')}:5:21\n  values.change-lead-time = 12: the snapshot already holds 12, and the computed value is 14`,
		);
		expect(refused.stderr).toContain('pass --force');
		expect(snapshot('2026-11-27.yaml')).toBe(before);

		const forced = await ingest('delivery', later, '--date', '2026-11-27', '--force');
		expect(forced.code).toBe(0);
		expect(forced.stdout).toContain('values.change-lead-time = 14  (replaces 12)');
		expect(snapshot('2026-11-27.yaml')).toBe(before.replaceAll('change-lead-time: 12', 'change-lead-time: 14'));
	});

	it('merges survey results into an existing snapshot, keeping its comments', async () => {
		const survey = input(
			'survey.csv',
			'respondent,team,recommend,satisfaction\nr1,checkout,10,5\nr2,checkout,7,\nr3,routing,3,2\nr4,,9,4\n',
		);
		const before = snapshot('2026-10-31.yaml');
		const { code } = await ingest('survey', survey, '--date', '2026-10-31');
		expect(code).toBe(0);
		const after = snapshot('2026-10-31.yaml');
		// Everything up to the teams' comment is as it was, the new values following the old.
		expect(after.startsWith(before.split('# Stream-aligned')[0])).toBe(true);
		expect(after).toContain("# Stream-aligned teams, DORA metrics only (median across each team's services).");
		const written = parse(after);
		// 2 promoters and 1 detractor of 4; satisfaction 5, 2 and 4 from three who answered.
		expect(written.values['developer-nps']).toBe(25);
		expect(written.values['developer-csat']).toBe(66.6667);
		expect(written.samples).toEqual({ 'developer-nps': 4, 'developer-csat': 3 });
		expect(written.teams.checkout['developer-nps']).toBe(50);
		expect(written.teams.checkout['change-lead-time']).toBe(21.1);
	});

	it('writes adoption from a Backstage catalog into today’s snapshot when no date is given', async () => {
		const today = new Date().toISOString().slice(0, 10);
		const catalog = input(
			'catalog.json',
			JSON.stringify([
				{
					kind: 'Component',
					metadata: { name: 'cart', tags: ['golden-path'] },
					spec: { type: 'service', owner: 'group:default/checkout' },
				},
				{ kind: 'Component', metadata: { name: 'routes' }, spec: { type: 'service', owner: 'routing' } },
				{ kind: 'Component', metadata: { name: 'lib' }, spec: { type: 'library', owner: 'routing' } },
			]),
		);
		const { code, stdout } = await ingest('adoption', catalog);
		expect(code).toBe(0);
		expect(stdout).toContain('note: 1 of 2 components are on the platform');
		const written = parse(snapshot(`${today}.yaml`));
		expect(written.values).toEqual({ 'golden-path-adoption': 50 });
		expect(written.teams).toEqual({ checkout: { 'golden-path-adoption': 100 }, routing: { 'golden-path-adoption': 0 } });
		expect(written.teamSamples).toEqual({ checkout: { 'golden-path-adoption': 1 }, routing: { 'golden-path-adoption': 1 } });
	});

	it('explains a wrong command line', async () => {
		const { code, stderr } = await ingest('deliveries', 'x.csv');
		expect(code).toBe(2);
		expect(stderr).toContain('the kind "deliveries" is not one of delivery, survey, adoption, csv');
		expect(stderr).toContain('Usage: npm run metrics:ingest');
	});
});

describe('the dates of metrics:ingest', () => {
	const TODAY = '2026-11-28';
	const dates = (...args: string[]) => {
		const options = parseIngestArgs(args, TODAY);
		return typeof options === 'string' ? options : { window: options.window, date: options.date };
	};

	it('ends a delivery window on --to, else --date, else today, and starts it 27 days earlier', () => {
		expect(dates('delivery', 'e.csv')).toEqual({ window: { from: '2026-11-01', to: '2026-11-28' }, date: '2026-11-28' });
		expect(dates('delivery', 'e.csv', '--to', '2026-03-31')).toEqual({
			window: { from: '2026-03-04', to: '2026-03-31' },
			date: '2026-03-31',
		});
		expect(dates('delivery', 'e.csv', '--date', '2026-03-31')).toEqual({
			window: { from: '2026-03-04', to: '2026-03-31' },
			date: '2026-03-31',
		});
		expect(dates('delivery', 'e.csv', '--from', '2026-03-01', '--to', '2026-03-31', '--date', '2026-04-01')).toEqual({
			window: { from: '2026-03-01', to: '2026-03-31' },
			date: '2026-04-01',
		});
	});

	it('dates a survey or adoption count on --date, else --to, else today', () => {
		expect(dates('survey', 's.csv')).toEqual({ window: undefined, date: TODAY });
		expect(dates('survey', 's.csv', '--from', '2026-03-01', '--to', '2026-03-14')).toEqual({
			window: { from: '2026-03-01', to: '2026-03-14' },
			date: '2026-03-14',
		});
		expect(dates('adoption', 'c.json', '--to', '2026-03-31')).toEqual({ window: undefined, date: '2026-03-31' });
	});

	it('refuses dates that do not exist, a window that ends before it starts, and dates on the csv kind', () => {
		expect(dates('delivery', 'e.csv', '--to', '2026-02-30')).toBe('--to 2026-02-30 is not a real date: write it YYYY-MM-DD');
		expect(dates('delivery', 'e.csv', '--from', '2026-04-01', '--to', '2026-03-31')).toBe('--from 2026-04-01 is after --to 2026-03-31');
		expect(dates('csv', 'v.csv', '--date', '2026-03-31')).toContain('each row to the snapshot of its own date');
		expect(dates('adoption', 'c.json', '--from', '2026-03-01')).toContain('leave out --from');
		expect(dates('survey')).toBe('name at least one input file for survey');
	});
});
