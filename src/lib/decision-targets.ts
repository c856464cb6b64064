import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decisionNumber } from '../domain/decision-refs.ts';
import { REGISTRY, classify, entryRoute } from '../domain/registry.ts';
import type { DecisionTarget, DecisionTargets } from '../plugins/decision-links.ts';
import { parseFrontmatterSource } from './source-file.ts';

/**
 * Every decision record's number, page and title, for the renderer's ADR links; read before
 * collections load, as the Markdown pipeline is configured. A file that cannot be read or has no
 * title still gets its link (labelled by its id); the content check reports the file itself.
 */
export function readDecisionTargets(dir: string): DecisionTargets {
	const folder = REGISTRY.decisions.folder;
	const targets = new Map<string, DecisionTarget>();
	let names: string[];
	try {
		names = readdirSync(path.join(dir, folder)).sort();
	} catch {
		return targets;
	}
	for (const name of names) {
		const kind = classify(`${folder}/${name}`);
		const number = kind && 'id' in kind && kind.kind === 'decisions' ? decisionNumber(kind.id) : undefined;
		if (!kind || !('id' in kind) || number === undefined || targets.has(number)) continue;
		let title: unknown;
		try {
			const { data } = parseFrontmatterSource(readFileSync(path.join(dir, folder, name), 'utf8'), name);
			title = (data as { title?: unknown } | undefined)?.title;
		} catch {
			title = undefined;
		}
		targets.set(number, { href: entryRoute('decisions', kind.id)!, title: typeof title === 'string' ? title.trim() : kind.id });
	}
	return targets;
}

/** A short hash of the records' numbers, pages and titles: what a rendered body's ADR links depend on. */
export const decisionTargetsKey = (targets: DecisionTargets): string =>
	createHash('sha256')
		.update(JSON.stringify([...targets].sort(([a], [b]) => a.localeCompare(b))))
		.digest('hex')
		.slice(0, 12);
