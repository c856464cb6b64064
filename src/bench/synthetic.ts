import { parse, stringify } from 'yaml';
import { metricRange } from '../domain/metric-ranges.ts';
import { quarterOf } from '../domain/quarters.ts';
import { classify } from '../domain/registry.ts';
import type { Decision } from '../schemas/decision.ts';
import type { Guide, OnboardingPath } from '../schemas/guide.ts';
import type { Journey, Pain } from '../schemas/journey.ts';
import type { MetricDefinition } from '../schemas/metric-definition.ts';
import type { MetricSnapshot } from '../schemas/metric-snapshot.ts';
import type { Persona } from '../schemas/persona.ts';
import type { RoadmapItem } from '../schemas/roadmap-item.ts';
import type { Site } from '../schemas/site.ts';
import type { Team } from '../schemas/team.ts';
import {
	AREAS,
	BACKGROUND,
	BAD,
	CHANGES_FOR_YOU,
	COMMANDS,
	CONCERNS,
	CONFIRMATIONS,
	CONTEXT,
	DECISION_TITLES,
	DECLINED_REASONS,
	DRIVERS,
	EXPERIENCE,
	FIRST_NAMES,
	FRUSTRATIONS,
	GOALS,
	GOOD,
	GUIDE_CHECKS,
	GUIDE_INTRO,
	GUIDE_SECTIONS,
	GUIDE_STEPS,
	GUIDE_TITLES,
	GUIDE_TROUBLE,
	HOW_IT_WORKS,
	JOURNEY_TITLES,
	LAST_NAMES,
	MAKER_ROLES,
	MORE,
	NEEDS,
	OPPORTUNITIES,
	OUT_OF_SCOPE,
	PAIN_KINDS,
	PLATFORM_TEAMS,
	PRODUCT_TEAMS,
	QUESTIONS,
	QUOTES,
	REASONS,
	ROADMAP_TITLES,
	ROLES,
	STAGE_NAMES,
	STEP_NAMES,
	THOUGHTS,
	TOOLS,
} from './vocabulary.ts';

// --- Randomness, dates and text helpers ---

/** A seeded source of random choices; every generator draws from its own stream. */
interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
	/** `count` distinct items in random order (fewer when the list is shorter). */
	sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: a tiny 32-bit PRNG, good enough for test data and identical on every platform. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a, to turn a seed and a stream name into a 32-bit PRNG seed. */
function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
	return value >>> 0;
}

/** A random stream per (seed, name), so adding draws to one generator leaves the others unchanged. */
function createRandom(seed: number, stream: string): Random {
	const next = mulberry32(hash(`${seed}:${stream}`));
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => items[int(0, items.length - 1)],
		chance: (probability) => next() < probability,
		sample: (items, count) => {
			const pool = [...items];
			for (let i = pool.length - 1; i > 0; i--) {
				const j = int(0, i);
				[pool[i], pool[j]] = [pool[j], pool[i]];
			}
			return pool.slice(0, Math.max(0, count));
		},
	};
}

/** The last day any generated event may carry; snapshots run to SNAPSHOT_END. */
const LAST_DAY = '2026-11-20';
const SNAPSHOT_END = '2026-11-22';

/** `iso` moved by `days` calendar days, in UTC. */
function addDays(iso: string, days: number): string {
	const date = new Date(`${iso}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** Kebab-case form of a title, cut on a word boundary so file names stay readable. */
function slugify(text: string, maxLength = 56): string {
	const slug = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (slug.length <= maxLength) return slug;
	return slug.slice(0, maxLength + 1).replace(/-[^-]*$/, '');
}

/** `base`, or `base-2`, `base-3`... whichever is not in `used` yet; records the result. */
function uniqueId(used: Set<string>, base: string): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}

/** A title made by `make` that no earlier call used, falling back to a numbered variant. */
function uniqueTitle(used: Set<string>, make: () => string): string {
	for (let attempt = 0; attempt < 25; attempt++) {
		const title = make();
		if (!used.has(title.toLowerCase())) {
			used.add(title.toLowerCase());
			return title;
		}
	}
	const base = make();
	let title = base;
	for (let n = 2; used.has(title.toLowerCase()); n++) title = `${base}, part ${n}`;
	used.add(title.toLowerCase());
	return title;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Prose words of a Markdown body: fenced code is left out. */
export function proseWordCount(body: string): number {
	return body.replace(/```[\s\S]*?```/g, '').match(/[A-Za-z0-9][\w'’.-]*/g)?.length ?? 0;
}

/** Drops undefined fields and empty lists, so files only carry what an author would write. */
function compact<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(value).filter(([, field]) => field !== undefined && !(Array.isArray(field) && field.length === 0)),
	) as Partial<T>;
}

/** YAML with YAML 1.1 quoting, so dates, yes/no and number-like strings read the same in every parser. */
function toYaml(value: unknown): string {
	return stringify(value, { version: '1.1', lineWidth: 100 });
}

/** An MDX file: YAML front matter, a blank line, then the body. */
function mdxFile(frontMatter: object, body: string): string {
	return `---\n${toYaml(frontMatter)}---\n\n${body.trimEnd()}\n`;
}

/** Fills `{slot}` placeholders from the item's own slots, or with a fresh random word. */
function fill(rng: Random, template: string, slots: Record<string, string> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => {
		const key = name.charAt(0).toLowerCase() + name.slice(1);
		const value = slots[key] ?? randomSlot(rng, key);
		return name === key ? value : capitalise(value);
	});
}

/** A random word for a template slot. */
function randomSlot(rng: Random, name: string): string {
	switch (name) {
		case 'tool':
		case 'tool2':
			return rng.pick(TOOLS);
		case 'concern':
		case 'concern2':
		case 'subject':
			return rng.pick(CONCERNS);
		case 'team':
			return rng.pick(PLATFORM_TEAMS);
		case 'n':
			return String(rng.int(3, 40));
		case 'pct':
			return String(rng.int(8, 64));
		case 'days':
			return String(rng.int(2, 12));
		case 'hours':
			return String(rng.int(4, 72));
		case 'minutes':
			return String(rng.int(10, 60));
		case 'metric':
			return rng.pick(METRICS).name;
		default:
			throw new Error(`No words for the template slot {${name}}`);
	}
}

/** `count` distinct sentences from a bank, filled. */
function sentences(rng: Random, bank: readonly string[], count: number, slots: Record<string, string> = {}): string[] {
	return rng.sample(bank, count).map((template) => fill(rng, template, slots));
}

const bullets = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/** Splits sentences into paragraphs of three. */
function paragraphs(lines: readonly string[]): string {
	const groups: string[] = [];
	for (let i = 0; i < lines.length; i += 3) groups.push(lines.slice(i, i + 3).join(' '));
	return groups.join('\n\n');
}

/** Draws filled sentences from a bank in shuffled order, reshuffling only once all are used, so a body rarely repeats itself. */
function deck(rng: Random, bank: readonly string[], slots: Record<string, string>): () => string {
	let pile: string[] = [];
	return () => {
		if (pile.length === 0) pile = rng.sample(bank, bank.length);
		return fill(rng, pile.pop()!, slots);
	};
}

/** `count` templates from a bank, kept in the bank's order (for steps that must read in sequence). */
function inOrder(rng: Random, bank: readonly string[], count: number, slots: Record<string, string>): string[] {
	return rng
		.sample(bank, count)
		.sort((a, b) => bank.indexOf(a) - bank.indexOf(b))
		.map((template) => fill(rng, template, slots));
}

/**
 * Renders a body, adding sentences from `draw` (as paragraphs, passed to `render`) until it has
 * `target` prose words. `render` must not draw random numbers, so only the padding varies.
 */
function padTo(target: number, draw: () => string, render: (extra: string) => string): string {
	const extra: string[] = [];
	let body = render('');
	while (proseWordCount(body) < target) {
		extra.push(draw());
		body = render(paragraphs(extra));
	}
	return body;
}

/** A small left-to-right mermaid flowchart of a change moving through tools. */
function mermaidFlowchart(rng: Random, subject: string): string {
	const steps = [
		'Developer opens a pull request',
		...rng.sample(TOOLS, 3).map((tool) => `${tool} checks ${subject}`),
		'Change reaches production',
	];
	const nodes = steps.map((label, i) => `    n${i}[${label}]`);
	const edges = steps.slice(1).map((_, i) => `    n${i} --> n${i + 1}`);
	return ['```mermaid', 'flowchart LR', ...nodes, ...edges, '```'].join('\n');
}

// --- Sizes ---

/** How many entries of each kind a scale gets: the brief's sizes, rounded, with floors that keep every rule exercised. */
export interface Counts {
	decisions: number;
	roadmap: number;
	personas: number;
	journeys: number;
	guides: number;
	snapshots: number;
	teams: number;
}

/** Entry counts for a scale; the floors make every status, horizon and snapshot format appear even at tiny scales. */
export function countsFor(scale: number): Counts {
	if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`scale must be a positive number, got ${scale}`);
	const sized = (perUnit: number, floor: number) => Math.max(floor, Math.round(perUnit * scale));
	const counts = {
		decisions: sized(100, 6),
		roadmap: sized(50, 6),
		personas: sized(5, 1),
		journeys: sized(5, 1),
		guides: sized(30, 2),
		snapshots: sized(26, 7),
		teams: 6 + Math.round(scale),
	};
	if (counts.decisions > 9999)
		throw new RangeError(`scale ${scale} needs ${counts.decisions} decision records, but ids have four digits (at most 9999, scale 99.99)`);
	return counts;
}

// --- Site, areas, teams and metrics ---

const PLATFORM_NAMES = ['Launchpad', 'Runway', 'Keel', 'Forge', 'Compass', 'Lighthouse'] as const;
const ORGANISATIONS = ['Northwind Logistics', 'Kestrel Freight', 'Bluefin Retail', 'Ostrava Energy', 'Meridian Health'] as const;

/** Site settings with a platform and organisation name picked by the seed. */
function buildSite(rng: Random): Site {
	const name = rng.pick(PLATFORM_NAMES);
	const organisation = rng.pick(ORGANISATIONS);
	const repo = `https://github.com/${slugify(organisation)}/${slugify(name)}-portal`;
	return {
		name,
		organisation,
		tagline: `The paved road from idea to production for the product teams at ${organisation}.`,
		repoUrl: repo,
		editBranch: 'main',
		feedbackUrl: `${repo}/discussions`,
		reviewCadence: rng.pick(['weekly', 'fortnightly', 'monthly', 'quarterly'] as const),
		// The synthetic snapshots are weekly.
		metricsCadence: 'weekly',
	};
}

/** Teams: four platform teams first, one enabling team, then stream-aligned product teams. */
function buildTeams(rng: Random, count: number): Team[] {
	const used = new Set<string>();
	return Array.from({ length: count }, (_, i) => {
		const type = i < 4 ? 'platform' : i === 4 ? 'enabling' : 'stream-aligned';
		const base = i < 4 ? PLATFORM_TEAMS[i] : i === 4 ? 'Security Enablement' : PRODUCT_TEAMS[(i - 5) % PRODUCT_TEAMS.length];
		const id = uniqueId(used, slugify(base));
		const name = id === slugify(base) ? base : `${base} ${id.slice(id.lastIndexOf('-') + 1)}`;
		const focus = fill(
			rng,
			type === 'stream-aligned'
				? 'Builds the {concern} features customers see, and runs them in production.'
				: 'Runs {concern} and {concern2} for every product team.',
		);
		return { id, name, type, description: focus, contact: `https://chat.example.com/channels/${id}` };
	});
}

/** A metric definition plus how its synthetic values move from the oldest to the newest snapshot. */
interface MetricSpec {
	definition: MetricDefinition;
	from: number;
	to: number;
	digits: number;
	survey?: boolean;
	perTeam?: boolean;
}

const DORA = 'DORA State of DevOps Report';

/** Shorthand for a metric spec; descriptions say what is measured so the metric pages read naturally. */
function metric(
	id: string,
	name: string,
	category: MetricDefinition['category'],
	unit: MetricDefinition['unit'],
	direction: MetricDefinition['direction'],
	target: number,
	trend: [from: number, to: number, digits: number],
	description: string,
	extra: Partial<MetricDefinition> & { survey?: boolean; perTeam?: boolean } = {},
): MetricSpec {
	const { survey, perTeam, ...fields } = extra;
	const source = survey ? 'Quarterly developer survey, run by the Developer Experience team' : 'Platform metrics pipeline, weekly export';
	return {
		definition: { id, name, category, unit, direction, description, source, target, ...fields },
		from: trend[0],
		to: trend[1],
		digits: trend[2],
		survey,
		perTeam,
	};
}

/** Exactly 15 metrics over all six categories; three carry DORA 2024 bands. */
const METRIC_SPECS: MetricSpec[] = [
	metric(
		'golden-path-adoption',
		'Golden-path adoption',
		'adoption',
		'percent',
		'up',
		80,
		[22, 74, 1],
		'Share of production services created from, or migrated to, a current golden-path template.',
	),
	metric(
		'self-service-rate',
		'Self-service rate',
		'adoption',
		'percent',
		'up',
		85,
		[48, 83, 1],
		'Share of platform requests completed without a person on a platform team acting on them.',
	),
	metric(
		'portal-weekly-users',
		'Portal weekly active users',
		'adoption',
		'count',
		'up',
		400,
		[90, 360, 0],
		'Distinct engineers who used the portal or the CLI at least once in the week.',
	),
	metric(
		'onboarding-days',
		'Time to first production change',
		'adoption',
		'days',
		'down',
		5,
		[19, 7, 1],
		'Median working days from a new engineer’s start date to their first change in production.',
	),
	metric(
		'developer-nps',
		'Developer NPS',
		'experience',
		'score',
		'up',
		30,
		[-12, 26, 0],
		'Net Promoter Score: percent promoters (9-10) minus percent detractors (0-6) on the recommend question.',
		{ survey: true },
	),
	metric(
		'developer-csat',
		'Developer satisfaction (CSAT)',
		'experience',
		'percent',
		'up',
		80,
		[54, 78, 1],
		'Share of survey answers of 4 or 5 to the overall satisfaction question on a 1-5 scale.',
		{ survey: true },
	),
	metric(
		'support-tickets',
		'Platform support tickets',
		'experience',
		'count',
		'down',
		150,
		[410, 190, 0],
		'Tickets opened with the platform service desk during the week.',
	),
	metric(
		'deployment-frequency',
		'Deployment frequency',
		'delivery',
		'per-day',
		'up',
		1,
		[0.12, 0.9, 2],
		'Successful production deploys per service per day over the trailing 28 days, median across services.',
		{
			perTeam: true,
			bands: {
				source: DORA,
				year: 2024,
				levels: [
					{ label: 'elite', min: 1 },
					{ label: 'high', min: 0.142857, max: 1 },
					{ label: 'medium', min: 0.033333, max: 0.142857 },
					{ label: 'low', max: 0.033333 },
				],
			},
		},
	),
	metric(
		'change-lead-time',
		'Change lead time',
		'delivery',
		'hours',
		'down',
		24,
		[190, 30, 1],
		'Hours from the first commit of a change to the first production deploy that contains it, median.',
		{
			perTeam: true,
			bands: {
				source: DORA,
				year: 2024,
				levels: [
					{ label: 'elite', max: 24 },
					{ label: 'high', min: 24, max: 168 },
					{ label: 'medium', min: 168, max: 720 },
					{ label: 'low', min: 720 },
				],
			},
		},
	),
	metric(
		'change-fail-rate',
		'Change fail rate',
		'delivery',
		'percent',
		'down',
		10,
		[19, 8, 1],
		'Share of production deploys that needed a rollback or hotfix.',
		{ perTeam: true },
	),
	metric(
		'recovery-time',
		'Failed deployment recovery time',
		'delivery',
		'hours',
		'down',
		1,
		[26, 1.6, 1],
		'Hours from the start of an incident caused by a deploy to the first healthy deploy or rollback, median.',
		{
			bands: {
				source: DORA,
				year: 2024,
				levels: [
					{ label: 'elite', max: 1 },
					{ label: 'high', min: 1, max: 24 },
					{ label: 'medium', min: 1, max: 24 },
					{ label: 'low', min: 168, max: 720 },
				],
			},
		},
	),
	metric(
		'platform-availability',
		'Platform availability',
		'health',
		'percent',
		'up',
		99.9,
		[99.6, 99.95, 2],
		'Share of minutes in which CI, deploys, the cluster APIs, secrets and the portal all passed synthetic checks.',
	),
	metric(
		'ci-p50-duration',
		'CI duration (median)',
		'health',
		'minutes',
		'down',
		8,
		[21, 8.5, 1],
		'Median wall-clock time of pull-request CI runs, queue time included.',
	),
	metric(
		'cost-per-developer',
		'Platform cost per developer',
		'cost',
		'currency',
		'down',
		650,
		[980, 700, 0],
		'Monthly platform run cost divided by the number of engineers with an account.',
		{ currency: 'EUR' },
	),
	metric(
		'compliance-coverage',
		'Compliance control coverage',
		'compliance',
		'percent',
		'up',
		95,
		[58, 93, 1],
		'Share of production services passing every automated control in the platform baseline.',
	),
];

const METRICS = METRIC_SPECS.map((spec) => spec.definition);

// --- Personas and journeys ---

/** One persona each, id from first name and role so ids stay unique and readable. */
function buildPersonas(rng: Random, count: number): { id: string; data: Persona }[] {
	const used = new Set<string>();
	return Array.from({ length: count }, (_, i) => {
		const [label, role, teamType] = ROLES[i % ROLES.length];
		const first = FIRST_NAMES[(i * 7 + rng.int(0, 3)) % FIRST_NAMES.length];
		const id = uniqueId(used, slugify(`${first}-${label}`));
		const population = rng.int(4, 240);
		const slots = { subject: rng.pick(CONCERNS), tool: rng.pick(TOOLS) };
		const data: Persona = {
			name: `${first}, ${label}`,
			role,
			aliases: [label],
			summary: `${first} is one of ${population} people in this role. ${fill(rng, 'They care most about {subject} and use {tool} every day.', slots)} ${fill(rng, 'They want the platform to make the right way the easy way, without tickets to the {team} team.')}`,
			teamType,
			experience: EXPERIENCE[(i + rng.int(0, 3)) % EXPERIENCE.length],
			population,
			goals: sentences(rng, GOALS, rng.int(2, 4), slots),
			needs: sentences(rng, NEEDS, rng.int(2, 4), slots).map((text, n) => ({
				text,
				priority: (['must', 'should', 'could'] as const)[Math.min(n, 2)],
			})),
			frustrations: sentences(rng, FRUSTRATIONS, rng.int(1, 3), slots).map((text, n) =>
				n === 0
					? { text, impact: fill(rng, 'About {hours} hours a month go on it.'), workaround: 'Ask a colleague who has done it before.' }
					: text,
			),
			tools: rng.sample(TOOLS, rng.int(3, 6)),
			quotes: sentences(rng, QUOTES, rng.int(1, 3), slots),
		};
		return { id, data };
	});
}

/** A pain with an id unique within its journey; most are about the journey's own subject. */
function buildPain(rng: Random, usedIds: Set<string>, subject: string): Pain {
	const [kind, template] = rng.pick(PAIN_KINDS);
	const concern = rng.chance(0.6) ? subject : rng.pick(CONCERNS);
	return {
		id: uniqueId(usedIds, slugify(`${kind}-${concern}`)),
		text: fill(rng, template, { concern }),
		severity: rng.pick(['critical', 'major', 'major', 'minor'] as const),
		frequency: rng.pick(['daily', 'weekly', 'weekly', 'monthly', 'rarely'] as const),
	};
}

type Step = Journey['stages'][number]['steps'][number];

/** One journey step; about half carry one or two pains. */
function buildStep(rng: Random, painIds: Set<string>, slots: Record<string, string>): Step {
	const pains = rng.chance(0.5) ? Array.from({ length: rng.int(1, 2) }, () => buildPain(rng, painIds, slots.concern)) : [];
	return {
		name: fill(rng, rng.pick(STEP_NAMES), slots),
		touchpoints: [rng.chance(0.5) ? slots.tool : rng.pick(TOOLS), rng.pick(['Portal', 'Team chat', 'Wiki page', 'Service desk ticket'])],
		emotion: pains.length > 0 ? rng.int(1, 3) : rng.int(3, 5),
		minutes: rng.int(1, 48) * 10,
		thoughts: rng.chance(0.4) ? [rng.pick(THOUGHTS)] : [],
		pains,
		opportunities: pains.length > 0 ? [fill(rng, rng.pick(OPPORTUNITIES), slots)] : [],
	};
}

/** Journeys of 4-6 stages with 1-3 steps each, about one subject; each journey has at least one pain. */
function buildJourneys(rng: Random, count: number, personaIds: readonly string[]): { id: string; data: Journey }[] {
	const usedTitles = new Set<string>();
	const usedIds = new Set<string>();
	return Array.from({ length: count }, () => {
		const slots = { concern: rng.pick(CONCERNS), tool: rng.pick(TOOLS) };
		const title = uniqueTitle(usedTitles, () => capitalise(fill(rng, rng.pick(JOURNEY_TITLES), slots)));
		const painIds = new Set<string>();
		const stageNames = rng.sample(STAGE_NAMES, rng.int(4, 6)).sort((a, b) => STAGE_NAMES.indexOf(a) - STAGE_NAMES.indexOf(b));
		const stages = stageNames.map((name) => ({ name, steps: Array.from({ length: rng.int(1, 3) }, () => buildStep(rng, painIds, slots)) }));
		if (painIds.size === 0) stages[0].steps[0].pains.push(buildPain(rng, painIds, slots.concern));
		const data: Journey = {
			title,
			personas: rng.sample(personaIds, rng.int(1, Math.min(3, personaIds.length))),
			scenario: fill(
				rng,
				'A product team needs {concern} for a service that moves to production next month. The engineer doing it has not done it here before.',
				slots,
			),
			goal: fill(
				rng,
				'The service runs with {concern} set up the supported way, owned by the team, without tickets to other teams.',
				slots,
			),
			trigger: fill(rng, 'A planning decision, or an incident that showed {concern} was missing.', slots),
			frequency: `About ${rng.int(2, 20)} times a month across the organisation.`,
			stages,
		};
		return { id: uniqueId(usedIds, slugify(title)), data };
	});
}

/** A journey as an author writes it: steps without empty lists. */
function journeyFile(data: Journey): string {
	return toYaml({ ...data, stages: data.stages.map((stage) => ({ ...stage, steps: stage.steps.map((step) => compact(step)) })) });
}

/** Every pain as the reference other content uses: journey#pain. */
function painRefs(journeys: readonly { id: string; data: Journey }[]): string[] {
	return journeys.flatMap(({ id, data }) =>
		data.stages.flatMap((stage) => stage.steps.flatMap((step) => step.pains.map((pain) => `${id}#${pain.id}`))),
	);
}

// --- Guides and onboarding paths ---

interface GuidePlan {
	ref: string;
	subject: string;
	tool: string;
	data: Guide;
}

/** Guide front matter; prerequisites only point at guides with a lower index, so there are no cycles. */
function planGuides(rng: Random, count: number, personaIds: readonly string[]): GuidePlan[] {
	const usedTitles = new Set<string>();
	const usedSlugs = new Set<string>();
	const plans: GuidePlan[] = [];
	for (let i = 0; i < count; i++) {
		const subject = rng.pick(CONCERNS);
		const tool = rng.pick(TOOLS);
		const title = uniqueTitle(usedTitles, () => capitalise(fill(rng, rng.pick(GUIDE_TITLES), { subject, tool })));
		const section = i < 3 ? 'basics' : rng.pick(GUIDE_SECTIONS);
		const ref = `${section}/${uniqueId(usedSlugs, slugify(title, 48))}`;
		const prerequisites = i === 1 || (i > 1 && rng.chance(0.5)) ? [plans[rng.int(0, i - 1)].ref] : [];
		if (i > 2 && rng.chance(0.15)) prerequisites.push(plans[rng.int(0, i - 1)].ref);
		const data: Guide = {
			title,
			description: fill(rng, 'How to set up {subject} for your service with {tool}, step by step.', { subject, tool }),
			personas: rng.sample(personaIds, rng.int(1, Math.min(3, personaIds.length))),
			minutes: rng.int(1, 12) * 5,
			prerequisites: [...new Set(prerequisites)],
			outcome: `Your service uses ${subject} the supported way, and you know where to look when it breaks.`,
		};
		plans.push({ ref, subject, tool, data });
	}
	return plans;
}

/** A guide body of 300-700 prose words with one fenced shell block. */
function guideBody(rng: Random, plan: GuidePlan, byRef: ReadonlyMap<string, GuidePlan>, teamIds: readonly string[]): string {
	const slots = { subject: plan.subject, tool: plan.tool, goal: `set up ${plan.subject}`, minutes: String(plan.data.minutes) };
	const service = `${rng.pick(['orders', 'eta', 'quotes', 'ledger', 'profile', 'search'])}-${rng.pick(['api', 'worker', 'service', 'gateway'])}`;
	const commandSlots = {
		...slots,
		service,
		teamId: rng.pick(teamIds),
		branch: slugify(`add-${plan.subject}`),
		template: rng.pick(['go-http-service', 'kotlin-service', 'node-web-app', 'python-worker']),
	};
	const before = [
		...plan.data.prerequisites.map((ref) => `You have finished [${byRef.get(ref)?.data.title}](/guides/${ref}/).`),
		'Your team is listed as the owner of the service in the catalog.',
		'`runway doctor` passes on your laptop.',
	];
	const draw = deck(rng, [...HOW_IT_WORKS, ...BACKGROUND], slots);
	const intro = [fill(rng, GUIDE_INTRO[0], slots), ...sentences(rng, GUIDE_INTRO.slice(1), 2, slots)].join(' ');
	const steps = inOrder(rng, GUIDE_STEPS, rng.int(4, 6), slots).map((step, i) => `${i + 1}. ${step} ${draw()}`);
	const commands = rng.sample(COMMANDS, rng.int(3, 6)).map((line) => fill(rng, line, commandSlots));
	const checks = sentences(rng, GUIDE_CHECKS, rng.int(2, 3), slots);
	const trouble = sentences(rng, GUIDE_TROUBLE, 2, slots).join(' ');
	const render = (extra: string) =>
		[
			intro,
			'## Before you start',
			bullets(before),
			'## Steps',
			steps.join('\n'),
			'Run these commands from the root of the service repository:',
			['```sh', ...commands, '```'].join('\n'),
			'## Check it worked',
			bullets(checks),
			'## Troubleshooting',
			trouble,
			...(extra ? ['## How it works', extra] : []),
		].join('\n\n');
	return padTo(rng.int(330, 640), draw, render);
}

/** All guides a guide needs, itself last, in index order (prerequisites always have lower indexes). */
function withPrerequisites(ref: string, byRef: ReadonlyMap<string, GuidePlan>, into: Set<string>): void {
	if (into.has(ref)) return;
	for (const before of byRef.get(ref)?.data.prerequisites ?? []) withPrerequisites(before, byRef, into);
	into.add(ref);
}

/** One onboarding path per persona (the first ten), listing each guide after its prerequisites. */
function buildPaths(
	rng: Random,
	personas: readonly { id: string; data: Persona }[],
	guides: readonly GuidePlan[],
): Record<string, OnboardingPath> {
	const byRef = new Map(guides.map((guide) => [guide.ref, guide]));
	const order = new Map(guides.map((guide, i) => [guide.ref, i]));
	const paths: Record<string, OnboardingPath> = {};
	for (const { id, data } of personas.slice(0, 10)) {
		const label = data.name.slice(data.name.indexOf(',') + 2);
		const written = guides.filter((guide) => guide.data.personas.includes(id));
		const targets = rng.sample(written.length > 0 ? written : guides, rng.int(2, 4));
		const refs = new Set<string>();
		for (const target of [guides[0], ...targets]) withPrerequisites(target.ref, byRef, refs);
		paths[id] = {
			title: `Start here as a ${label}`,
			intro: fill(
				rng,
				'Access and setup come first, because everything else waits on them. Then {subject} and the golden path, in the order most people in this role need them.',
			),
			steps: [...refs].sort((a, b) => order.get(a)! - order.get(b)!),
		};
	}
	return paths;
}

// --- Roadmap and decisions ---

type Horizon = RoadmapItem['horizon'];

interface RoadmapPlan {
	id: string;
	title: string;
	subject: string;
	tool: string;
	horizon: Horizon;
	mdx: boolean;
	/** Whether the MDX body has a flowchart: every tenth MDX item, starting with the first. */
	diagram: boolean;
}

/** Roadmap ids, titles and horizons; the first six items take one horizon each so every horizon appears. */
function planRoadmap(rng: Random, count: number): RoadmapPlan[] {
	const usedTitles = new Set<string>();
	const usedIds = new Set<string>();
	const firstHorizons = rng.sample(['now', 'next', 'later', 'exploring', 'shipped', 'declined'] as const, 6);
	const weighted = ['now', 'next', 'next', 'later', 'later', 'exploring', 'shipped', 'shipped', 'shipped', 'declined'] as const;
	let mdxCount = 0;
	return Array.from({ length: count }, (_, i) => {
		const subject = rng.pick(CONCERNS);
		const tool = rng.pick(TOOLS);
		const title = uniqueTitle(usedTitles, () => capitalise(fill(rng, rng.pick(ROADMAP_TITLES), { subject, tool })));
		const horizon = i < firstHorizons.length ? firstHorizons[i] : rng.pick(weighted);
		const mdx = rng.chance(1 / 3);
		const diagram = mdx && mdxCount++ % 10 === 0;
		return { id: uniqueId(usedIds, slugify(title)), title, subject, tool, horizon, mdx, diagram };
	});
}

type Status = Decision['status'];

interface DecisionPlan {
	id: string;
	label: string;
	title: string;
	subject: string;
	tool: string;
	tool2: string;
	date: string;
	status: Status;
	/** Indexes of earlier records this one supersedes. */
	supersedes: number[];
}

/** Which earlier record each record supersedes (about 5%); each record is superseded at most once. */
function planSupersession(rng: Random, count: number): Map<number, number> {
	const supersededBy = new Map<number, number>();
	for (let j = 1; j < count; j++) {
		if (!rng.chance(0.05)) continue;
		const candidates = Array.from({ length: j }, (_, i) => i).filter((i) => !supersededBy.has(i));
		if (candidates.length > 0) supersededBy.set(rng.pick(candidates), j);
	}
	if (supersededBy.size === 0 && count > 1) supersededBy.set(0, count - 1);
	return supersededBy;
}

/**
 * Statuses that agree with supersession (superseded exactly when replaced; replacements accepted
 * unless replaced in turn), with every MADR status used at least once.
 */
function planStatuses(rng: Random, count: number, supersededBy: ReadonlyMap<number, number>): Status[] {
	const replacing = new Set(supersededBy.values());
	const weighted = ['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'proposed', 'rejected', 'deprecated'] as const;
	const statuses: Status[] = Array.from({ length: count }, (_, i) => {
		if (supersededBy.has(i)) return 'superseded';
		if (replacing.has(i)) return 'accepted';
		return i >= count * 0.9 && rng.chance(0.5) ? 'proposed' : rng.pick(weighted);
	});
	const free = Array.from({ length: count }, (_, i) => count - 1 - i).filter((i) => !supersededBy.has(i) && !replacing.has(i));
	for (const status of ['proposed', 'accepted', 'rejected', 'deprecated'] as const) {
		if (statuses.includes(status)) continue;
		const spare = free.find((i) => statuses.filter((other) => other === statuses[i]).length > 1);
		if (spare !== undefined) statuses[spare] = status;
	}
	return statuses;
}

/** Decision numbers, titles, dates (ascending with the number), statuses and supersession. */
function planDecisions(rng: Random, count: number, spanDays: number): DecisionPlan[] {
	const start = addDays(LAST_DAY, -spanDays);
	const offsets = Array.from({ length: count }, () => rng.int(0, spanDays)).sort((a, b) => a - b);
	const supersededBy = planSupersession(rng, count);
	const statuses = planStatuses(rng, count, supersededBy);
	const usedTitles = new Set<string>();
	return offsets.map((offset, i) => {
		const subject = rng.pick(CONCERNS);
		const [tool, tool2] = rng.sample(TOOLS, 2);
		const title = uniqueTitle(usedTitles, () => capitalise(fill(rng, rng.pick(DECISION_TITLES), { subject, tool, tool2 })));
		const number = String(i + 1).padStart(4, '0');
		const supersedes = [...supersededBy].filter(([, by]) => by === i).map(([old]) => old);
		return {
			id: `${number}-${slugify(title)}`,
			label: `ADR-${number}`,
			title,
			subject,
			tool,
			tool2,
			date: addDays(start, offset),
			status: statuses[i],
			supersedes,
		};
	});
}

/** A decision reference in either accepted form: ADR-0007 or the full id. */
const decisionRef = (plan: DecisionPlan, useLabel: boolean) => (useLabel ? plan.label : plan.id);

/** Everything item and record builders refer to. */
interface World {
	site: Site;
	teams: Team[];
	personaIds: string[];
	pains: string[];
	guides: GuidePlan[];
	roadmap: RoadmapPlan[];
	decisions: DecisionPlan[];
	spanDays: number;
}

/** A decision body with the MADR sections, 250-600 prose words; every tenth has a flowchart. */
function decisionBody(rng: Random, plan: DecisionPlan, index: number, world: World, front: Decision): string {
	const slots = { subject: plan.subject, tool: plan.tool, tool2: plan.tool2 };
	const chosen = `${plan.tool} for ${plan.subject}`;
	const alternatives = rng.sample(
		[
			`Keep the current ${plan.tool2} setup`,
			`Build an in-house ${plan.subject} service`,
			`Buy a managed ${plan.subject} offering`,
			`${rng.pick(TOOLS)} for ${plan.subject}`,
		],
		rng.int(1, 3),
	);
	const options = [chosen, ...alternatives];
	const draw = deck(rng, [...CONTEXT, ...BACKGROUND], slots);
	const context = [draw(), draw(), draw()].join(' ');
	const question = fill(rng, rng.pick(QUESTIONS), slots);
	const outcome = `Chosen option: "${chosen}", because it ${fill(rng, rng.pick(REASONS), slots)}.`;
	const consequences = [...sentences(rng, GOOD, 2, slots), ...sentences(rng, BAD, rng.int(1, 2), slots)];
	const prosCons = options.map(
		(option) => `### ${option}\n\n${bullets([fill(rng, rng.pick(GOOD), slots), fill(rng, rng.pick(BAD), slots)])}`,
	);
	const replaced = front.supersedes.map((ref) => world.decisions.find((other) => other.label === ref || other.id === ref)!);
	const links = [
		...replaced.map((old) => `This record replaces [${old.label}](/decisions/${old.id}/), ${old.title.toLowerCase()}.`),
		...front.roadmap.map((id) => `It shapes the roadmap item [${world.roadmap.find((item) => item.id === id)?.title}](/roadmap/${id}/).`),
		fill(rng, rng.pick(MORE), slots),
	];
	const drivers = sentences(rng, DRIVERS, rng.int(3, 5), slots);
	const confirmation = fill(rng, rng.pick(CONFIRMATIONS), slots);
	const diagram = index % 10 === 4 ? [`The change flow once ${plan.tool} is in place:`, mermaidFlowchart(rng, plan.subject)] : [];
	const render = (extra: string) =>
		[
			'## Context and Problem Statement',
			context,
			...(extra ? [extra] : []),
			question,
			'## Decision Drivers',
			bullets(drivers),
			'## Considered Options',
			bullets(options),
			'## Decision Outcome',
			outcome,
			...diagram,
			'### Consequences',
			bullets(consequences),
			'### Confirmation',
			confirmation,
			'## Pros and Cons of the Options',
			...prosCons,
			'## More Information',
			links.join(' '),
		].join('\n\n');
	return padTo(rng.int(270, 560), draw, render);
}

/** A person who makes decisions: "Name Surname (Role)". */
const person = (rng: Random) => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)} (${rng.pick(MAKER_ROLES)})`;

/** Decision front matter; supersedes and roadmap refs mix the ADR-0007 and full-id forms. */
function decisionFront(rng: Random, plan: DecisionPlan, index: number, world: World): Decision {
	const roadmapCount = index === 0 ? 1 : rng.pick([0, 0, 1, 1, 2]);
	const area = rng.pick(AREAS).id;
	return {
		title: plan.title,
		status: plan.status,
		date: plan.date,
		'decision-makers': Array.from({ length: rng.int(1, 3) }, () => person(rng)),
		consulted: rng.sample(world.teams, rng.int(0, 3)).map((team) => `${team.name} team`),
		informed: [rng.pick(['Engineering managers', 'All engineers', 'Platform teams'])],
		tags: [...new Set([slugify(plan.subject), slugify(plan.tool), area])],
		supersedes: plan.supersedes.map((old, n) => decisionRef(world.decisions[old], (index + n) % 2 === 0)),
		roadmap: rng.sample(world.roadmap, roadmapCount).map((item) => item.id),
		area,
		history: [],
	};
}

/** A decision record file. */
function decisionFile(rng: Random, plan: DecisionPlan, index: number, world: World): string {
	const front = decisionFront(rng, plan, index, world);
	return mdxFile(compact(front), decisionBody(rng, plan, index, world, front));
}

const PHASE_BY_HORIZON: Record<Horizon, RoadmapItem['phase']> = {
	now: 'preview',
	next: 'in-design',
	later: 'discovery',
	exploring: 'discovery',
	shipped: 'ga',
	declined: undefined,
};
const CONFIDENCE_BY_HORIZON: Record<Horizon, RoadmapItem['confidence']> = {
	now: 'high',
	next: 'medium',
	later: 'low',
	exploring: 'low',
	shipped: 'high',
	declined: 'medium',
};
/** Quarters ahead of today for the target window of each planned horizon. */
const WINDOW_BY_HORIZON: Partial<Record<Horizon, number>> = { now: 0, next: 1, later: 3 };

/** One prioritisation model, chosen at random, with inputs in each model's scale. */
function priority(rng: Random): RoadmapItem['priority'] {
	const fibonacci = [1, 2, 3, 5, 8, 13, 20] as const;
	switch (rng.int(0, 2)) {
		case 0:
			return {
				rice: {
					reach: rng.int(2, 80) * 5,
					impact: rng.pick([3, 2, 1, 0.5, 0.25] as const),
					confidence: rng.pick([1, 0.8, 0.5]),
					effort: rng.int(1, 12),
				},
			};
		case 1:
			return {
				wsjf: {
					value: rng.pick(fibonacci),
					timeCriticality: rng.pick(fibonacci),
					riskReduction: rng.pick(fibonacci),
					jobSize: rng.pick(fibonacci),
				},
			};
		default:
			return {
				ice: {
					impact: rng.int(1, 10),
					confidence: rng.int(1, 10),
					ease: rng.int(1, 10),
					method: rng.pick(['product', 'average'] as const),
				},
			};
	}
}

/** Metrics the item should move, with targets beyond today's value in the metric's better direction, within its range. */
function successMetrics(rng: Random, count: number, byQuarter: string): RoadmapItem['successMetrics'] {
	return rng.sample(METRIC_SPECS, count).map((spec) => {
		const better = spec.definition.direction === 'up' ? 1 : -1;
		const step = Math.abs(spec.to - spec.from) * 0.1 * better;
		const { min = -Infinity, max = Infinity } = metricRange(spec.definition);
		const target = Math.min(max, Math.max(min, round(spec.to + step, spec.digits)));
		return { metric: spec.definition.id, target, baseline: round(spec.to, spec.digits), by: byQuarter };
	});
}

/** Roadmap front matter; dependsOn only points at earlier items, so there are no cycles. */
function roadmapItem(rng: Random, plan: RoadmapPlan, index: number, world: World): RoadmapItem {
	const slots = { subject: plan.subject, tool: plan.tool };
	const shipped = plan.horizon === 'shipped';
	const shippedOn = shipped ? addDays(LAST_DAY, -rng.int(0, world.spanDays)) : undefined;
	const lastReviewed = shippedOn
		? addDays(shippedOn, rng.int(0, Math.min(60, Math.round((Date.parse(LAST_DAY) - Date.parse(shippedOn)) / 864e5))))
		: addDays(LAST_DAY, -rng.int(0, 120));
	const ahead = WINDOW_BY_HORIZON[plan.horizon];
	const targetWindow = ahead === undefined ? undefined : quarterOf(addDays(LAST_DAY, 92 * (ahead + rng.int(0, 1))));
	const earlier = world.roadmap.slice(0, index);
	const dependsOn =
		index === 1 ? [earlier[0].id] : index > 1 && rng.chance(0.25) ? rng.sample(earlier, rng.int(1, 2)).map((item) => item.id) : [];
	const decisions = rng
		.sample(world.decisions, index < 2 ? 1 : rng.pick([0, 1, 1, 2]))
		.map((decision, n) => decisionRef(decision, index === 0 || (index !== 1 && (index + n) % 2 === 0)));
	const owners = world.teams.filter((team) => team.type !== 'stream-aligned');
	return {
		title: plan.title,
		summary: fill(
			rng,
			'{Subject} that teams set up themselves, with {tool} doing the work and the portal showing the state of every service.',
			slots,
		),
		horizon: plan.horizon,
		phase: PHASE_BY_HORIZON[plan.horizon],
		area: rng.sample(AREAS, rng.int(1, 2)).map((area) => area.id),
		personas: rng.sample(world.personaIds, rng.int(1, Math.min(3, world.personaIds.length))),
		addresses: rng.sample(world.pains, index === 0 ? 1 : rng.pick([0, 1, 1, 2, 3])),
		outcome: fill(rng, 'Developers change {subject} in minutes through a pull request instead of waiting days for the {team} team.', slots),
		successMetrics: successMetrics(rng, index === 0 ? 1 : rng.int(0, 2), targetWindow ?? quarterOf(addDays(LAST_DAY, 184))),
		targetWindow,
		confidence: CONFIDENCE_BY_HORIZON[plan.horizon],
		owner: rng.sample(owners, rng.int(1, 2)).map((team) => team.id),
		decisions,
		dependsOn,
		priority: plan.horizon === 'declined' || shipped ? undefined : priority(rng),
		demand: rng.chance(0.6)
			? { votes: rng.int(0, 150), requests: rng.int(0, 25), note: 'Raised in the quarterly platform review and on the discussions board.' }
			: undefined,
		feedbackUrl: `${world.site.feedbackUrl}/${100 + index}`,
		docsUrl: shipped ? `/guides/${rng.pick(world.guides).ref}/` : undefined,
		shippedOn,
		declinedReason: plan.horizon === 'declined' ? fill(rng, rng.pick(DECLINED_REASONS), slots) : undefined,
		lastReviewed,
	};
}

/** A roadmap MDX body of 100-300 prose words, with a flowchart where the plan says so. */
function roadmapBody(rng: Random, plan: RoadmapPlan): string {
	const slots = { subject: plan.subject, tool: plan.tool };
	const draw = deck(rng, [...HOW_IT_WORKS, ...BACKGROUND], slots);
	const how = [draw(), draw(), draw()].join(' ');
	const diagram = plan.diagram ? [mermaidFlowchart(rng, plan.subject)] : [];
	const changes = sentences(rng, CHANGES_FOR_YOU, rng.int(2, 3), slots);
	const outOfScope = sentences(rng, OUT_OF_SCOPE, rng.int(1, 2), slots);
	const render = (extra: string) =>
		[
			'## How it will work',
			how,
			...(extra ? [extra] : []),
			...diagram,
			'## What changes for you',
			bullets(changes),
			'## Out of scope for now',
			bullets(outOfScope),
		].join('\n\n');
	return padTo(rng.int(110, 280), draw, render);
}

/**
 * A roadmap file: YAML, or a body for about a third of the items, half of them plain Markdown and
 * half MDX, as a repository that has both would.
 */
function roadmapFile(rng: Random, plan: RoadmapPlan, index: number, world: World): [string, string] {
	const item = compact(roadmapItem(rng, plan, index, world));
	if (!plan.mdx) return [`roadmap/${plan.id}.yaml`, toYaml(item)];
	return [`roadmap/${plan.id}.${index % 2 ? 'md' : 'mdx'}`, mdxFile(item, roadmapBody(rng, plan))];
}

// --- Metric snapshots ---

/** A metric's value at `progress` (0 = oldest snapshot, 1 = newest), with a little noise, in range for its unit. */
function valueAt(rng: Random, spec: MetricSpec, progress: number, factor = 1): number {
	const noise = (rng.next() - 0.5) * 0.08 * Math.abs(spec.to - spec.from);
	const raw = (spec.from + (spec.to - spec.from) * progress + noise) * factor;
	const bounded =
		spec.definition.unit === 'percent'
			? Math.min(100, Math.max(0, raw))
			: spec.definition.unit === 'score'
				? Math.min(100, Math.max(-100, raw))
				: Math.max(0, raw);
	return round(bounded, spec.digits);
}

/** One week's measurement: every metric, per-team delivery values, and survey sample sizes. */
function snapshot(rng: Random, date: string, progress: number, teamFactors: ReadonlyMap<string, number>): MetricSnapshot {
	const values = Object.fromEntries(METRIC_SPECS.map((spec) => [spec.definition.id, valueAt(rng, spec, progress)]));
	const perTeam = METRIC_SPECS.filter((spec) => spec.perTeam);
	const teams = Object.fromEntries(
		[...teamFactors].map(([team, factor]) => [
			team,
			Object.fromEntries(perTeam.map((spec) => [spec.definition.id, valueAt(rng, spec, progress, factor)])),
		]),
	);
	const samples = Object.fromEntries(METRIC_SPECS.filter((spec) => spec.survey).map((spec) => [spec.definition.id, rng.int(120, 320)]));
	return { date, source: 'Platform metrics pipeline, weekly export', values, teams, samples };
}

/** A snapshot as CSV with the header date,metric,value,team,n: org-wide rows first, then team rows. */
function snapshotCsv(data: MetricSnapshot): string {
	const rows = Object.entries(data.values).map(([metric, value]) => `${data.date},${metric},${value},,${data.samples[metric] ?? ''}`);
	const teamRows = Object.entries(data.teams).flatMap(([team, values]) =>
		Object.entries(values).map(([metric, value]) => `${data.date},${metric},${value},${team},`),
	);
	return ['date,metric,value,team,n', ...rows, ...teamRows].join('\n') + '\n';
}

/** Weekly snapshots ending on SNAPSHOT_END, oldest first; counting back from the newest, every 7th is CSV and every 5th JSON. */
function snapshotFiles(rng: Random, count: number, teams: readonly Team[]): [string, string][] {
	const teamFactors = new Map(
		teams.filter((team) => team.type === 'stream-aligned').map((team) => [team.id, round(0.7 + rng.next() * 0.7, 2)]),
	);
	return Array.from({ length: count }, (_, i) => {
		const weeksBack = count - 1 - i;
		const date = addDays(SNAPSHOT_END, -7 * weeksBack);
		const data = snapshot(rng, date, count === 1 ? 1 : i / (count - 1), teamFactors);
		const number = weeksBack + 1;
		if (number % 7 === 0) return [`metrics/snapshots/${date}.csv`, snapshotCsv(data)];
		if (number % 5 === 0) return [`metrics/snapshots/${date}.json`, `${JSON.stringify(data, null, 2)}\n`];
		return [`metrics/snapshots/${date}.yaml`, toYaml(data)];
	});
}

// --- The content folder ---

/**
 * A complete, valid content folder for benchmarks, as relative path -> file text. Sizes grow with
 * `scale` (1 = 100 decisions, 50 roadmap items, 30 guides, 26 weekly snapshots); the same scale and
 * seed always give byte-identical files.
 */
export function generateContent(scale: number, seed = 1): Map<string, string> {
	const counts = countsFor(scale);
	const random = (stream: string) => createRandom(seed, stream);
	const site = buildSite(random('site'));
	const teams = buildTeams(random('teams'), counts.teams);
	const personas = buildPersonas(random('personas'), counts.personas);
	const personaIds = personas.map((persona) => persona.id);
	const journeys = buildJourneys(random('journeys'), counts.journeys, personaIds);
	const guides = planGuides(random('guides'), counts.guides, personaIds);
	const spanDays = Math.max(365, counts.snapshots * 7);
	const world: World = {
		site,
		teams,
		personaIds,
		pains: painRefs(journeys),
		guides,
		roadmap: planRoadmap(random('roadmap'), counts.roadmap),
		decisions: planDecisions(random('decisions'), counts.decisions, spanDays),
		spanDays,
	};

	const files = new Map<string, string>();
	files.set('site.yaml', `# Synthetic content from scripts/generate-content.ts (scale ${scale}, seed ${seed}).\n${toYaml(site)}`);
	files.set('areas.yaml', toYaml(AREAS));
	files.set('teams.yaml', toYaml(teams));
	files.set('metrics/definitions.yaml', toYaml(METRICS));
	for (const { id, data } of personas) files.set(`personas/${id}.yaml`, toYaml(compact(data)));
	for (const { id, data } of journeys) files.set(`journeys/${id}.yaml`, journeyFile(data));

	const guideRandom = random('guide-bodies');
	const byRef = new Map(guides.map((guide) => [guide.ref, guide]));
	const teamIds = teams.map((team) => team.id);
	// Guides are Markdown, as most docs are; every third is MDX, as one that uses components would be.
	guides.forEach((guide, i) =>
		files.set(
			`guides/${guide.ref}.${i % 3 === 2 ? 'mdx' : 'md'}`,
			mdxFile(compact(guide.data), guideBody(guideRandom, guide, byRef, teamIds)),
		),
	);
	files.set('guides/paths.yaml', toYaml(buildPaths(random('paths'), personas, guides)));

	const roadmapRandom = random('roadmap-items');
	world.roadmap.forEach((plan, i) => files.set(...roadmapFile(roadmapRandom, plan, i, world)));
	const decisionRandom = random('decision-records');
	// Decisions are Markdown, as MADR's template writes them; every tenth is MDX.
	world.decisions.forEach((plan, i) =>
		files.set(`decisions/${plan.id}.${i % 10 === 9 ? 'mdx' : 'md'}`, decisionFile(decisionRandom, plan, i, world)),
	);
	for (const [file, text] of snapshotFiles(random('snapshots'), counts.snapshots, teams)) files.set(file, text);
	return files;
}

/** How many entries a generated folder holds: one per entry file, plus each item of the list files and the site settings. */
export function entryCount(files: ReadonlyMap<string, string>): number {
	let total = 0;
	for (const [file, text] of files) {
		const kind = classify(file);
		if (!kind) continue;
		if ('id' in kind || kind.kind === 'site') total += 1;
		else total += Object.keys(parse(text) as object).length;
	}
	return total;
}
