import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { REGISTRY } from '../domain/registry.ts';
import { filesUnder } from '../lib/files.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';

/** An edit the benchmark makes to a content folder before a warm rebuild. */
export interface WarmEdit {
	/** Names the JSON keys: warm<key>Seconds and warm<key>PagesReused. */
	key: 'BodyEdit' | 'TitleEdit' | 'Snapshot' | 'NoEdit';
	label: string;
	/** Changes the content folder; returns which file changed and how. */
	apply: (content: string) => string;
}

/** The first roadmap file (by name) with an extension, relative to the content folder. */
function firstRoadmapFile(content: string, extension: string): string {
	const folder = REGISTRY.roadmap.folder;
	const file = filesUnder(path.join(content, folder)).find((name) => name.endsWith(extension));
	if (!file) throw new Error(`${path.join(content, folder)} has no ${extension} file to edit`);
	return `${folder}/${file}`;
}

/** A day as YYYY-MM-DD, `days` after another. */
function addDays(date: string, days: number): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return day.toISOString().slice(0, 10);
}

/**
 * The date of the next weekly snapshot: a week after the latest, or today when that week has not ended;
 * never the latest's own date, and never in the future, which the content check refuses.
 */
export function nextSnapshotDate(latest: string, today: string): string {
	const date = addDays(latest, 7) <= today ? addDays(latest, 7) : today;
	if (date <= latest) {
		throw new Error(
			`The latest metric snapshot is dated ${latest}, not before today (${today}), so a new one would be in the future.\n` +
				'Hint: run the benchmark tomorrow, or generate content whose snapshots end earlier.',
		);
	}
	return date;
}

/** The four warm rebuilds the benchmark measures, each from the state the cold build left. */
export function warmEdits(snapshots: MetricSnapshot[], today: string): WarmEdit[] {
	return [
		{
			key: 'BodyEdit',
			label: "a roadmap item's body",
			apply: (content) => {
				const file = firstRoadmapFile(content, '.md');
				appendFileSync(path.join(content, file), '\nThe benchmark added this paragraph to measure a rebuild after a prose edit.\n');
				return `${file}: one paragraph added`;
			},
		},
		{
			key: 'TitleEdit',
			label: "a roadmap item's title",
			apply: (content) => {
				const file = firstRoadmapFile(content, '.yaml');
				const doc = parseDocument(readFileSync(path.join(content, file), 'utf8'));
				doc.set('title', `${String(doc.get('title'))}, renamed`);
				writeFileSync(path.join(content, file), doc.toString());
				return `${file}: title renamed`;
			},
		},
		{
			key: 'Snapshot',
			label: 'a new metric snapshot',
			apply: (content) => {
				if (snapshots.length === 0) throw new Error(`${path.join(content, REGISTRY.snapshots.folder)} has no snapshot to follow`);
				const latest = snapshots.reduce((a, b) => (a.date >= b.date ? a : b));
				const date = nextSnapshotDate(latest.date, today);
				const file = `${REGISTRY.snapshots.folder}/${date}.yaml`;
				// YAML 1.1 quotes the date, as the generator writes it, so every parser reads a string.
				writeFileSync(path.join(content, file), stringify({ ...latest, date }, { version: '1.1' }));
				return `${file}: the ${latest.date} values, dated ${date}`;
			},
		},
		{ key: 'NoEdit', label: 'no edit', apply: () => 'nothing changed' },
	];
}
