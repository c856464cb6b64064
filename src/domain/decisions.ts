import type { Decision, StatusChange } from '../schemas/decision.ts';
import { decisionNumber } from './decision-refs.ts';
import type { FieldPath } from './problem.ts';

/** A decision record with its id, as the log and the rules see it. */
export interface DecisionEntry {
	id: string;
	data: Decision;
}

/** The current status and the day it was set: the last status change, else the day the decision was made. */
export function currentStatus(data: Pick<Decision, 'status' | 'date' | 'history'>): StatusChange {
	const last = data.history.at(-1);
	return last ?? { status: data.status, date: data.date };
}

/** Whether the record's status changed after it was decided: "deprecated on ..." rather than "accepted on ...". */
export const statusChanged = (data: Pick<Decision, 'history'>): boolean => data.history.length > 0;

/** A status and its day in words: "deprecated on 2026-09-15". */
export const statusOn = (change: Pick<StatusChange, 'status' | 'date'>): string => `${change.status} on ${change.date}`;

/** Newest decided first; on the same day, the higher number first. */
export function byDecidedDate(a: DecisionEntry, b: DecisionEntry): number {
	return b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id);
}

/** Records grouped by the year they were decided, newest year first, each group newest first. */
export function groupByYear<T extends DecisionEntry>(entries: readonly T[]): { year: string; entries: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const entry of [...entries].sort(byDecidedDate)) {
		const year = entry.data.date.slice(0, 4);
		groups.set(year, [...(groups.get(year) ?? []), entry]);
	}
	return [...groups].map(([year, list]) => ({ year, entries: list }));
}

/**
 * The supersession chain through a record, both ways: every record it replaced, directly or
 * through others (oldest first), and every record that replaced it (oldest first). Each record
 * appears once, so a cycle (which the content check refuses) cannot loop.
 */
export function supersessionChain(
	id: string,
	relations: { supersedes: ReadonlyMap<string, readonly string[]>; supersededBy: ReadonlyMap<string, readonly string[]> },
): { older: string[]; newer: string[] } {
	const walk = (links: ReadonlyMap<string, readonly string[]>): string[] => {
		const seen = new Set([id]);
		const found: string[] = [];
		let frontier = [id];
		while (frontier.length > 0) {
			const next = frontier.flatMap((at) => links.get(at) ?? []).filter((other) => !seen.has(other));
			for (const other of next) seen.add(other);
			found.push(...next);
			frontier = next;
		}
		return found;
	};
	const byNumber = (a: string, b: string) => (decisionNumber(a) ?? a).localeCompare(decisionNumber(b) ?? b);
	return { older: walk(relations.supersedes).sort(byNumber), newer: walk(relations.supersededBy).sort(byNumber) };
}

/** Other records that share a tag with this one, most tags in common first, then newest decided; at most `limit`. */
export function recordsSharingTags(id: string, entries: readonly DecisionEntry[], limit: number): { id: string; shared: string[] }[] {
	const own = entries.find((entry) => entry.id === id);
	if (!own) return [];
	return entries
		.filter((entry) => entry.id !== id)
		.map((entry) => ({ entry, shared: entry.data.tags.filter((tag) => own.data.tags.includes(tag)) }))
		.filter(({ shared }) => shared.length > 0)
		.sort((a, b) => b.shared.length - a.shared.length || byDecidedDate(a.entry, b.entry))
		.slice(0, limit)
		.map(({ entry, shared }) => ({ id: entry.id, shared }));
}

/** A problem with a record's status history, at the field it concerns. */
export interface HistoryProblem {
	path: FieldPath;
	message: string;
	hint: string;
}

/**
 * The rules of a status history: every change on or after the day the decision was made, in
 * date order, none in the future, and the last one the record's current status. `today` is YYYY-MM-DD.
 */
export function historyProblems(data: Pick<Decision, 'status' | 'date' | 'history'>, today: string): HistoryProblem[] {
	const problems: HistoryProblem[] = [];
	data.history.forEach((change, i) => {
		const path = ['history', i, 'date'];
		if (change.date > today) {
			problems.push({
				path,
				message: `the status change is in the future (today is ${today})`,
				hint: 'record a change on the day it happened, not before',
			});
		} else if (i === 0 && change.date < data.date) {
			problems.push({
				path,
				message: `the first status change is before the decision's date, ${data.date}`,
				hint: 'date is the day the decision was made; every later status change goes in history, on or after it',
			});
		} else if (i > 0 && change.date < data.history[i - 1].date) {
			problems.push({
				path,
				message: `the status changes are out of order: ${change.date} comes after ${data.history[i - 1].date}`,
				hint: 'list the status changes oldest first',
			});
		}
	});
	const last = data.history.at(-1);
	if (last && last.status !== data.status) {
		problems.push({
			path: ['history', data.history.length - 1, 'status'],
			message: `the last status change is "${last.status}", but the record's status is "${data.status}"`,
			hint: `the last entry of history is the current status: set status: ${last.status}, or add the change to "${data.status}" at the end of history`,
		});
	}
	return problems;
}
