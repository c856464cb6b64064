import type { CollectionName, ContentSet, Entry } from './content-set.ts';
import { decisionLabel, decisionNumber, resolveDecisionRef, supersededBy } from './decision-refs.ts';
import { historyProblems } from './decisions.ts';
import { findCycles } from './graph.ts';
import { outOfRange } from './metric-ranges.ts';
import { journeyPains } from './relations.ts';
import { nearest, suggestId } from './nearest.ts';
import { type FieldPath, type Problem, formatFieldPath, valueAt } from './problem.ts';

/** A problem at a field of an entry, with the field's value and position filled in. */
function problemAt(entry: Entry<unknown>, path: FieldPath, message: string, hint?: string): Problem {
	const { line, column } = entry.locate(path);
	const value = path.length > 0 ? valueAt(entry.data, path) : undefined;
	return { file: entry.file, line, column, field: formatFieldPath(path), value, message, hint };
}

/** Checks that a reference names a known id, and says which id was likely meant when it does not. */
class RefChecker {
	readonly problems: Problem[] = [];

	/** `known` is null when the collection's file could not be read, so nothing can be said of the reference. */
	expect(entry: Entry<unknown>, path: FieldPath, ref: string, known: ReadonlySet<string> | null, kind: string): void {
		if (known === null || known.has(ref)) return;
		this.problems.push(problemAt(entry, path, `no ${kind} has the id "${ref}"`, suggestId(ref, [...known], kind)));
	}
}

/** Entries whose id appears more than once, reported at every copy after the first. */
function duplicateIds(entries: readonly Entry<unknown>[], kind: string, idPath: FieldPath = []): Problem[] {
	const first = new Map<string, Entry<unknown>>();
	const problems: Problem[] = [];
	for (const entry of entries) {
		const earlier = first.get(entry.id);
		if (earlier) {
			problems.push(
				problemAt(
					entry,
					idPath,
					`the ${kind} id "${entry.id}" is already used`,
					`rename one of them; the first is in ${earlier.file}:${earlier.locate(idPath).line}`,
				),
			);
		} else {
			first.set(entry.id, entry);
		}
	}
	return problems;
}

function checkUniqueness(content: ContentSet): Problem[] {
	const problems = [
		...duplicateIds(content.areas, 'area', ['id']),
		...duplicateIds(content.teams, 'team', ['id']),
		...duplicateIds(content.metrics, 'metric', ['id']),
		...duplicateIds(
			content.snapshots.map((entry) => ({ ...entry, id: entry.data.date })),
			'snapshot date',
			['date'],
		),
	];
	const byNumber = new Map<string, Entry<unknown>>();
	for (const decision of content.decisions) {
		const number = decisionNumber(decision.id);
		if (!number) {
			problems.push(
				problemAt(
					decision,
					[],
					`decision file names start with a four-digit number, like 0007-${decision.id}.mdx`,
					'use the next free number: the highest one plus 1',
				),
			);
			continue;
		}
		const earlier = byNumber.get(number);
		if (earlier) {
			problems.push(problemAt(decision, [], `ADR-${number} is already used by ${earlier.file}`, 'give this record the next free number'));
		} else {
			byNumber.set(number, decision);
		}
	}
	for (const journey of content.journeys) {
		const seen = new Set<string>();
		journey.data.stages.forEach((stage, s) =>
			stage.steps.forEach((step, t) =>
				step.pains.forEach((pain, p) => {
					if (seen.has(pain.id)) {
						problems.push(
							problemAt(
								journey,
								['stages', s, 'steps', t, 'pains', p, 'id'],
								`the pain id "${pain.id}" is used twice in this journey`,
								`pains are referred to as ${journey.id}#<pain-id>, so each id must be unique within the journey`,
							),
						);
					}
					seen.add(pain.id);
				}),
			),
		);
	}
	return problems;
}

function checkReferences(content: ContentSet): Problem[] {
	const refs = new RefChecker();
	/** Valid entries and those whose references can be checked although their schema failed. */
	const checked = <K extends CollectionName>(name: K): ContentSet[K] =>
		[...content[name], ...(content.salvaged[name] ?? [])] as ContentSet[K];
	const ids = (name: CollectionName) =>
		content.unreadable.has(name) ? null : new Set([...content[name].map((entry) => entry.id), ...(content.invalid[name] ?? [])]);
	const personas = ids('personas');
	const areas = ids('areas');
	const teams = ids('teams');
	const metrics = ids('metrics');
	const roadmap = ids('roadmap');
	const guides = ids('guides');
	/** Pain ids per journey, computed once for every pain reference to check against. */
	const painsByJourney = new Map(content.journeys.map(({ id, data }) => [id, new Set(journeyPains(id, data).map(({ pain }) => pain.id))]));
	const decisionIds = content.decisions.map((decision) => decision.id).concat([...(content.invalid.decisions ?? [])]);

	const expectDecision = (entry: Entry<unknown>, path: FieldPath, ref: string) => {
		if (resolveDecisionRef(ref, decisionIds)) return;
		const match = nearest(ref, /^ADR-/i.test(ref) ? decisionIds.map(decisionLabel) : decisionIds);
		const hint = match ? `did you mean "${match}"?` : 'refer to a record as ADR-0007 or by its file name without extension';
		refs.problems.push(problemAt(entry, path, `no decision record is "${ref}"`, hint));
	};

	const expectPain = (entry: Entry<unknown>, path: FieldPath, ref: string) => {
		const [journeyId, painId, extra] = ref.split('#');
		if (painId === undefined || extra !== undefined) {
			refs.problems.push(
				problemAt(entry, path, `a pain reference is written <journey-id>#<pain-id>`, `for example "first-service#secrets-ticket"`),
			);
			return;
		}
		const pains = painsByJourney.get(journeyId);
		if (!pains && content.invalid.journeys?.has(journeyId)) return;
		if (!pains) {
			refs.expect(entry, path, journeyId, new Set(painsByJourney.keys()), 'journey');
			return;
		}
		if (!pains.has(painId)) {
			refs.problems.push(
				problemAt(entry, path, `the journey "${journeyId}" has no pain "${painId}"`, suggestId(painId, [...pains], `${journeyId} pain`)),
			);
		}
	};

	for (const journey of checked('journeys')) {
		journey.data.personas.forEach((ref, i) => refs.expect(journey, ['personas', i], ref, personas, 'persona'));
	}
	for (const item of checked('roadmap')) {
		const { data } = item;
		data.area.forEach((ref, i) => refs.expect(item, ['area', i], ref, areas, 'area'));
		data.personas.forEach((ref, i) => refs.expect(item, ['personas', i], ref, personas, 'persona'));
		data.addresses.forEach((ref, i) => expectPain(item, ['addresses', i], ref));
		data.successMetrics.forEach((goal, i) => refs.expect(item, ['successMetrics', i, 'metric'], goal.metric, metrics, 'metric'));
		data.owner.forEach((ref, i) => refs.expect(item, ['owner', i], ref, teams, 'team'));
		data.decisions.forEach((ref, i) => expectDecision(item, ['decisions', i], ref));
		data.dependsOn.forEach((ref, i) => refs.expect(item, ['dependsOn', i], ref, roadmap, 'roadmap item'));
	}
	for (const decision of checked('decisions')) {
		const { data } = decision;
		data.supersedes.forEach((ref, i) => expectDecision(decision, ['supersedes', i], ref));
		data.roadmap.forEach((ref, i) => refs.expect(decision, ['roadmap', i], ref, roadmap, 'roadmap item'));
		if (data.area) refs.expect(decision, ['area'], data.area, areas, 'area');
	}
	for (const guide of checked('guides')) {
		guide.data.personas.forEach((ref, i) => refs.expect(guide, ['personas', i], ref, personas, 'persona'));
		guide.data.prerequisites.forEach((ref, i) => refs.expect(guide, ['prerequisites', i], ref, guides, 'guide'));
	}
	for (const path of checked('paths')) {
		refs.expect(path, [], path.id, personas, 'persona');
		path.data.steps.forEach((ref, i) => refs.expect(path, ['steps', i], ref, guides, 'guide'));
	}
	for (const snapshot of checked('snapshots')) {
		const { data } = snapshot;
		for (const metric of Object.keys(data.values)) refs.expect(snapshot, ['values', metric], metric, metrics, 'metric');
		for (const metric of Object.keys(data.samples)) refs.expect(snapshot, ['samples', metric], metric, metrics, 'metric');
		for (const [team, values] of Object.entries(data.teams)) {
			refs.expect(snapshot, ['teams', team], team, teams, 'team');
			for (const metric of Object.keys(values)) refs.expect(snapshot, ['teams', team, metric], metric, metrics, 'metric');
		}
		for (const [team, counts] of Object.entries(data.teamSamples ?? {})) {
			refs.expect(snapshot, ['teamSamples', team], team, teams, 'team');
			for (const metric of Object.keys(counts)) refs.expect(snapshot, ['teamSamples', team, metric], metric, metrics, 'metric');
		}
	}
	return refs.problems;
}

/** Reports each cycle once, at the first entry of the cycle, naming the whole loop. */
function cycleProblems<T>(entries: readonly Entry<T>[], field: string, targets: (entry: Entry<T>) => string[], kind: string): Problem[] {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const edges = new Map(entries.map((entry) => [entry.id, targets(entry)]));
	return findCycles(edges).map((cycle) => {
		const entry = byId.get(cycle[0])!;
		const next = cycle[1 % cycle.length];
		const index = targets(entry).indexOf(next);
		const loop = [...cycle, cycle[0]].join(' -> ');
		return problemAt(entry, [field, index], `${kind} form a cycle: ${loop}`, `remove one link of the cycle`);
	});
}

function checkCycles(content: ContentSet): Problem[] {
	const decisionIds = content.decisions.map((decision) => decision.id);
	return [
		...cycleProblems(content.roadmap, 'dependsOn', (entry) => entry.data.dependsOn, 'dependsOn links'),
		...cycleProblems(content.guides, 'prerequisites', (entry) => entry.data.prerequisites, 'guide prerequisites'),
		...cycleProblems(
			content.decisions,
			'supersedes',
			(entry) => entry.data.supersedes.map((ref) => resolveDecisionRef(ref, decisionIds) ?? ref),
			'supersedes links',
		),
	];
}

function checkConditions(content: ContentSet, today: string): Problem[] {
	const problems: Problem[] = [];
	const notInFuture = (entry: Entry<unknown>, path: FieldPath, date: string | undefined, what: string) => {
		if (date && date > today)
			problems.push(problemAt(entry, path, `${what} is in the future (today is ${today})`, 'use the day it actually happened'));
	};

	for (const item of content.roadmap) {
		const { data } = item;
		if (data.horizon === 'shipped' && !data.shippedOn) {
			problems.push(
				problemAt(item, ['horizon'], 'a shipped item needs shippedOn', 'add shippedOn: YYYY-MM-DD, the day it reached developers'),
			);
		}
		if (data.horizon === 'declined' && !data.declinedReason) {
			problems.push(
				problemAt(
					item,
					['horizon'],
					'a declined item needs declinedReason',
					'add declinedReason: one or two sentences on why, for the developers who asked',
				),
			);
		}
		if (data.shippedOn && data.horizon !== 'shipped') {
			problems.push(
				problemAt(
					item,
					['shippedOn'],
					`shippedOn is set but the horizon is "${data.horizon}"`,
					'set horizon: shipped, or remove shippedOn',
				),
			);
		}
		notInFuture(item, ['shippedOn'], data.shippedOn, 'shippedOn');
		notInFuture(item, ['lastReviewed'], data.lastReviewed, 'lastReviewed');
	}

	const successors = supersededBy(content.decisions.map((entry) => ({ id: entry.id, supersedes: entry.data.supersedes })));
	for (const decision of content.decisions) {
		const { data } = decision;
		notInFuture(decision, ['date'], data.date, 'the decision date');
		for (const { path, message, hint } of historyProblems(data, today)) problems.push(problemAt(decision, path, message, hint));
		const by = successors.get(decision.id);
		if (data.status === 'superseded' && !by && !content.invalid.decisions?.size) {
			problems.push(
				problemAt(
					decision,
					['status'],
					'this record is marked superseded, but no record supersedes it',
					`add supersedes: [${decisionLabel(decision.id)}] to the record that replaces it, or change the status`,
				),
			);
		}
		if (by && data.status !== 'superseded') {
			problems.push(
				problemAt(
					decision,
					['status'],
					`${by.map(decisionLabel).join(', ')} supersedes this record, but its status is "${data.status}"`,
					'set status: superseded, so both sides of the supersession agree',
				),
			);
		}
	}

	for (const snapshot of content.snapshots) notInFuture(snapshot, ['date'], snapshot.data.date, 'the snapshot date');
	return problems;
}

/**
 * Values against their metric's unit and range: snapshot values, success-metric targets and
 * baselines, and each definition's own target. A percentage is 0-100 and a count is never
 * negative, unless the definition's range says otherwise.
 */
function checkRanges(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	const definitions = new Map(content.metrics.map((entry) => [entry.id, entry.data]));
	const expectInRange = (entry: Entry<unknown>, path: FieldPath, metric: string, value: number | undefined) => {
		const definition = definitions.get(metric);
		if (value === undefined || !definition) return;
		const wrong = outOfRange(value, definition);
		if (wrong) problems.push(problemAt(entry, path, wrong.message, wrong.hint));
	};

	for (const metric of content.metrics) expectInRange(metric, ['target'], metric.id, metric.data.target);
	for (const item of content.roadmap) {
		item.data.successMetrics.forEach((goal, i) => {
			expectInRange(item, ['successMetrics', i, 'target'], goal.metric, goal.target);
			expectInRange(item, ['successMetrics', i, 'baseline'], goal.metric, goal.baseline);
		});
	}
	for (const snapshot of content.snapshots) {
		const { data } = snapshot;
		for (const [metric, value] of Object.entries(data.values)) expectInRange(snapshot, ['values', metric], metric, value);
		for (const [team, values] of Object.entries(data.teams)) {
			for (const [metric, value] of Object.entries(values)) expectInRange(snapshot, ['teams', team, metric], metric, value);
		}
	}
	return problems;
}

/**
 * Every integrity problem of a content set at once: unique ids, resolvable references, no cycles,
 * the conditional rules (shipped needs shippedOn, and so on) and values within their metric's
 * range. `today` is YYYY-MM-DD.
 */
export function checkIntegrity(content: ContentSet, today: string): Problem[] {
	return [
		...checkUniqueness(content),
		...checkReferences(content),
		...checkCycles(content),
		...checkConditions(content, today),
		...checkRanges(content),
	];
}
