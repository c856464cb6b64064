import type { Decision } from '../schemas/decision.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import { decisionLabel, resolveDecisionRef } from './decision-refs.ts';

/** The roadmap items and decision records of one version of the content, by id. */
export interface RoadmapState {
	roadmap: ReadonlyMap<string, RoadmapItem>;
	decisions: ReadonlyMap<string, Decision>;
}

/** The kinds of change a status update reports, in the order it reports them. */
export const CHANGE_KINDS = [
	'shipped',
	'added',
	'moved',
	'slipped',
	'declined',
	'removed',
	'decided',
	'proposed',
	'superseded',
	'status',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change, with the entry it concerns and what happened, in words. */
export interface Change {
	kind: ChangeKind;
	collection: 'roadmap' | 'decisions';
	id: string;
	title: string;
	detail: string;
}

const HEADINGS: Record<ChangeKind, string> = {
	shipped: 'Shipped',
	added: 'Added to the roadmap',
	moved: 'Moved between horizons',
	slipped: 'Slipped',
	declined: 'Declined',
	removed: 'Removed from the roadmap',
	decided: 'Decided',
	proposed: 'Proposed decisions',
	superseded: 'Superseded',
	status: 'Other decision status changes',
};

function roadmapChanges(before: RoadmapState['roadmap'], after: RoadmapState['roadmap']): Change[] {
	const changes: Change[] = [];
	const change = (kind: ChangeKind, id: string, item: RoadmapItem, detail: string) =>
		changes.push({ kind, collection: 'roadmap', id, title: item.title, detail });
	for (const [id, item] of after) {
		const old = before.get(id);
		if (item.horizon === 'shipped' && old?.horizon !== 'shipped') {
			change('shipped', id, item, item.shippedOn ? `shipped on ${item.shippedOn}` : 'shipped');
			continue;
		}
		if (item.horizon === 'declined' && old?.horizon !== 'declined') {
			change('declined', id, item, item.declinedReason ?? 'declined');
			continue;
		}
		if (!old) {
			change('added', id, item, `in ${item.horizon}${item.targetWindow ? `, aimed at ${item.targetWindow}` : ''}`);
			continue;
		}
		if (old.horizon !== item.horizon) change('moved', id, item, `${old.horizon} → ${item.horizon}`);
		// Quarters written YYYY-Qn sort as text in time order.
		if (old.targetWindow && item.targetWindow && item.targetWindow > old.targetWindow) {
			change('slipped', id, item, `${old.targetWindow} → ${item.targetWindow}`);
		} else if (old.targetWindow && !item.targetWindow && item.horizon !== 'shipped') {
			change('slipped', id, item, `no longer aimed at ${old.targetWindow}`);
		}
	}
	for (const [id, item] of before) if (!after.has(id)) change('removed', id, item, `was in ${item.horizon}`);
	return changes;
}

function decisionChanges(before: RoadmapState['decisions'], after: RoadmapState['decisions']): Change[] {
	const changes: Change[] = [];
	const ids = [...after.keys()];
	const successors = new Map<string, string[]>();
	for (const [id, record] of after) {
		for (const ref of record.supersedes) {
			const old = resolveDecisionRef(ref, ids);
			if (old) successors.set(old, [...(successors.get(old) ?? []), decisionLabel(id)]);
		}
	}
	for (const [id, record] of after) {
		const old = before.get(id);
		if (old?.status === record.status) continue;
		const change = (kind: ChangeKind, detail: string) =>
			changes.push({ kind, collection: 'decisions', id, title: `${decisionLabel(id)} ${record.title}`, detail });
		if (record.status === 'superseded') change('superseded', `by ${(successors.get(id) ?? ['a later record']).join(', ')}`);
		else if (record.status === 'accepted' || record.status === 'rejected') change('decided', `${record.status} on ${record.date}`);
		else if (!old && record.status === 'proposed') change('proposed', `proposed on ${record.date}`);
		else change('status', old ? `${old.status} → ${record.status}` : `new, ${record.status}`);
	}
	return changes;
}

/** Every change between two versions of the roadmap and the decision log, grouped by kind. */
export function diffRoadmap(before: RoadmapState, after: RoadmapState): Change[] {
	const all = [...roadmapChanges(before.roadmap, after.roadmap), ...decisionChanges(before.decisions, after.decisions)];
	return all.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
}

/** Text that Markdown shows as written, on one line: characters that start links, emphasis, code or HTML are escaped. */
export const markdownText = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);

/**
 * The changes as Markdown, ready for a status update or a pull request comment: a heading naming
 * the comparison, then one list per kind of change. `pageUrl` links each entry to its page.
 */
export function changesMarkdown(
	changes: readonly Change[],
	since: string,
	pageUrl?: (collection: Change['collection'], id: string) => string,
): string {
	const heading = `## Roadmap and decision log changes since ${markdownText(since)}`;
	if (changes.length === 0) return `${heading}\n\nNo changes.\n`;
	const sections = CHANGE_KINDS.flatMap((kind) => {
		const ofKind = changes.filter((change) => change.kind === kind);
		if (ofKind.length === 0) return [];
		const lines = ofKind.map(({ collection, id, title, detail }) => {
			const name = pageUrl ? `[${markdownText(title)}](${pageUrl(collection, id)})` : `**${markdownText(title)}**`;
			return `- ${name}: ${markdownText(detail)}`;
		});
		return [`### ${HEADINGS[kind]} (${ofKind.length})\n\n${lines.join('\n')}`];
	});
	return `${heading}\n\n${sections.join('\n\n')}\n`;
}
