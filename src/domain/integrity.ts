import type { CollectionName, ContentSet, Entry } from './content-set.ts';
import { decisionLabel, decisionNumber, resolveDecisionRef, supersededBy } from './decision-refs.ts';
import { historyProblems } from './decisions.ts';
import { findCycles } from './graph.ts';
import { outOfRange } from './metric-ranges.ts';
import { journeyPains } from './relations.ts';
import { type Candidate, didYouMean, suggestValue, withArticle } from './nearest.ts';
import { type FieldPath, type Problem, formatFieldPath, valueAt } from './problem.ts';
import { type CollectionSpec, REGISTRY } from './registry.ts';

/** Where the ids of a kind of entry are listed, for a hint that cannot show them all: "see teams.yaml". */
function whereListed(kind: string): string | undefined {
	const spec = Object.values(REGISTRY as Record<string, CollectionSpec>).find(({ noun }) => noun === kind);
	if (!spec) return undefined;
	return spec.shape === 'files' ? `see the files in ${spec.folder}/` : `see ${spec.file}`;
}

/** A problem at a field of an entry, with the field's value and position filled in. */
function problemAt(entry: Entry<unknown>, path: FieldPath, message: string, hint?: string): Problem {
	const { line, column } = entry.locate(path);
	const value = path.length > 0 ? valueAt(entry.data, path) : undefined;
	return { file: entry.file, line, column, field: formatFieldPath(path), value, message, hint };
}

/** The ids a reference may name, each with the label a reader knows it by; null when the collection's file could not be read. */
type Known = ReadonlyMap<string, string | undefined> | null;

/** The label of an entry in hints: its title, or its name and role. */
function entryLabel(data: unknown): string | undefined {
	const fields = (data ?? {}) as Record<string, unknown>;
	const parts = [fields.title, fields.name, fields.role, fields.text].filter((part): part is string => typeof part === 'string');
	return parts.length > 0 ? parts.join(', ') : undefined;
}

/** Checks that a reference names a known id, and says which id was likely meant when it does not. */
class RefChecker {
	readonly problems: Problem[] = [];

	/** For every id of any collection, the kinds of entry it is the id of. */
	private readonly kindsOf: ReadonlyMap<string, readonly string[]>;

	constructor(kindsOf: ReadonlyMap<string, readonly string[]>) {
		this.kindsOf = kindsOf;
	}

	expect(entry: Entry<unknown>, path: FieldPath, ref: string, known: Known, kind: string): void {
		if (known === null || known.has(ref)) return;
		const candidates: Candidate[] = [...known].map(([id, label]) => ({ id, label }));
		const suggestion = suggestValue(ref, candidates, kind, whereListed(kind));
		// A value of the wrong kind is named as such, never "corrected" to a look-alike of the right kind.
		const otherKind = this.kindsOf.get(ref)?.find((other) => other !== kind);
		const hint = otherKind ? `"${ref}" is the id of ${withArticle(otherKind)}, not of ${withArticle(kind)}; ${suggestion}` : suggestion;
		this.problems.push(problemAt(entry, path, `no ${kind} has the id "${ref}"`, hint));
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
	/** Valid entries and those whose references can be checked although their schema failed. */
	const checked = <K extends CollectionName>(name: K): ContentSet[K] =>
		[...content[name], ...(content.salvaged[name] ?? [])] as ContentSet[K];
	const ids = (name: CollectionName): Known =>
		content.unreadable.has(name)
			? null
			: new Map([
					...[...(content.invalid[name] ?? [])].map((id): [string, undefined] => [id, undefined]),
					...checked(name).map((entry): [string, string | undefined] => [entry.id, entryLabel(entry.data)]),
				]);
	const personas = ids('personas');
	const areas = ids('areas');
	const teams = ids('teams');
	const metrics = ids('metrics');
	const roadmap = ids('roadmap');
	const guides = ids('guides');
	const kindsOf = new Map<string, string[]>();
	for (const [kind, known] of [
		['persona', personas],
		['area', areas],
		['team', teams],
		['metric', metrics],
		['roadmap item', roadmap],
		['guide', guides],
	] as const) {
		for (const id of known?.keys() ?? []) kindsOf.set(id, [...(kindsOf.get(id) ?? []), kind]);
	}
	const refs = new RefChecker(kindsOf);
	/** Pain ids per journey with their text, computed once for every pain reference to check against. */
	const painsByJourney = new Map(
		content.journeys.map(({ id, data }) => [id, new Map(journeyPains(id, data).map(({ pain }) => [pain.id, pain.text]))]),
	);
	const journeys = new Map(content.journeys.map(({ id, data }) => [id, data.title]));
	const decisionIds = content.decisions.map((decision) => decision.id).concat([...(content.invalid.decisions ?? [])]);
	const decisionTitles = new Map(content.decisions.map(({ id, data }) => [id, data.title]));

	const expectDecision = (entry: Entry<unknown>, path: FieldPath, ref: string) => {
		if (resolveDecisionRef(ref, decisionIds)) return;
		const asLabel = /^ADR-/i.test(ref);
		const match = didYouMean(
			ref,
			decisionIds.map((id) => ({ id: asLabel ? decisionLabel(id) : id, label: decisionTitles.get(id) })),
		);
		const hint = match ?? 'refer to a record as ADR-0007 or by its file name without extension';
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
			refs.expect(entry, path, journeyId, journeys, 'journey');
			return;
		}
		if (!pains.has(painId)) {
			refs.problems.push(
				problemAt(
					entry,
					path,
					`the journey "${journeyId}" has no pain "${painId}"`,
					suggestValue(
						painId,
						[...pains].map(([id, label]) => ({ id, label })),
						`${journeyId} pain`,
					),
				),
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

	// Entries that failed their schema are checked too, on the fields that passed, so one run shows every problem of a file.
	for (const item of [...content.roadmap, ...(content.salvaged.roadmap ?? [])]) {
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
		if (data.shippedOn && data.horizon && data.horizon !== 'shipped') {
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

	for (const snapshot of [...content.snapshots, ...(content.salvaged.snapshots ?? [])]) {
		notInFuture(snapshot, ['date'], snapshot.data.date, 'the snapshot date');
	}
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
	for (const item of [...content.roadmap, ...(content.salvaged.roadmap ?? [])]) {
		item.data.successMetrics.forEach((goal, i) => {
			expectInRange(item, ['successMetrics', i, 'target'], goal.metric, goal.target);
			expectInRange(item, ['successMetrics', i, 'baseline'], goal.metric, goal.baseline);
		});
	}
	for (const snapshot of [...content.snapshots, ...(content.salvaged.snapshots ?? [])]) {
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
