import { decisionLabel, decisionNumber } from './decision-refs.ts';
import type { CollectionName } from './registry.ts';

/** The kebab-case id of a title: "Preview environments per PR!" -> "preview-environments-per-pr", at most 60 characters, cut at a word. */
export function slugify(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > 60 && slug) break;
		slug = next.slice(0, 60);
	}
	return slug;
}

/** The next free decision number after every record's, four digits: ids 0001-a and 0007-b give 0008. */
export function nextDecisionNumber(ids: readonly string[]): string {
	const highest = Math.max(0, ...ids.map((id) => Number(decisionNumber(id) ?? 0)));
	return String(highest + 1).padStart(4, '0');
}

/** What a template is filled with: the entry's id and title, today's date, and references the author chose. */
export interface TemplateInput {
	id: string;
	title: string;
	/** YYYY-MM-DD. */
	today: string;
	/** The file's format: YAML, or Markdown or MDX with the fields as front matter. */
	format: 'yaml' | 'md' | 'mdx';
	areas?: readonly string[];
	owners?: readonly string[];
	personas?: readonly string[];
	/** Decision ids the new record supersedes. */
	supersedes?: readonly string[];
}

/** A YAML scalar for text an author typed: double-quoted JSON is valid YAML and escapes everything. */
const text = (value: string) => JSON.stringify(value);
/** A YAML flow list of ids (kebab-case, so plain). */
const ids = (values: readonly string[] = []) => `[${values.join(', ')}]`;

/** A comment in a body, which pages do not show: HTML's in Markdown, an MDX comment in MDX. */
const bodyComment = (text: string, format: TemplateInput['format']) => (format === 'mdx' ? `{/* ${text} */}` : `<!-- ${text} -->`);

/** Field lines, each field preceded by a one-line guidance comment; `indent` for entries of a list file. */
function fields(lines: readonly (readonly [comment: string, field: string])[], indent = ''): string {
	return lines.map(([comment, field]) => `${indent}# ${comment}\n${indent}${field}`).join('\n');
}

function persona({ title }: TemplateInput): string {
	return `${fields([
		['A memorable name and role, such as "Priya, product engineer".', `name: ${text(title)}`],
		['Job role, such as "Backend engineer in a product team".', `role: ${text(`Role of ${title}`)}`],
		[
			'Two or three sentences on who they are and what they want from the platform.',
			`summary: ${text(`Who ${title} is, and what they want from the platform.`)}`,
		],
		[
			'Team Topologies type of their team: stream-aligned, platform, enabling, complicated-subsystem, leadership or other.',
			'teamType: stream-aligned',
		],
		['Experience with the platform: beginner, intermediate, advanced or expert.', 'experience: intermediate'],
		['How many people in the organisation this persona stands for (RICE reach uses it).', 'population: 0'],
		['What they are trying to achieve, one line each.', `goals:\n  - ${text('What they want to get done.')}`],
		['Needs ranked must, should or could: - text: ..., priority: must', 'needs: []'],
		['What gets in their way, one line each.', 'frustrations: []'],
		['Tools they use every day.', 'tools: []'],
		['Things they said in interviews, verbatim.', 'quotes: []'],
	])}\n`;
}

function journey({ title, personas }: TemplateInput): string {
	return `${fields([
		['Journey title, such as "Ship a new service to production".', `title: ${text(title)}`],
		['Persona ids this journey is mapped for (content/personas/).', `personas: ${ids(personas)}`],
		['The situation the persona is in.', `scenario: ${text('The situation the persona is in.')}`],
		['What the persona wants at the end.', `goal: ${text('What the persona wants at the end.')}`],
		['What starts the journey.', `trigger: ${text('What starts the journey.')}`],
		['How often a persona goes through it, such as "once per new service".', `frequency: ${text('once per ...')}`],
		[
			'Ordered stages, each with ordered steps; emotion is 1 (very unhappy) to 5 (delighted); a pain is - id, text, severity (critical|major|minor), frequency (daily|weekly|monthly|rarely).',
			[
				'stages:',
				'  - name: Discover',
				'    steps:',
				`      - name: ${text('First step the persona takes')}`,
				'        emotion: 3',
				'        pains: []',
			].join('\n'),
		],
	])}\n`;
}

function roadmap({ title, today, areas, owners, personas, format }: TemplateInput): string {
	const front = fields([
		['Short title developers recognise on the board.', `title: ${text(title)}`],
		['One or two sentences a developer can scan on the board.', `summary: ${text(`What "${title}" is, in a sentence or two.`)}`],
		['now, next, later, exploring, shipped (add shippedOn) or declined (add declinedReason).', 'horizon: exploring'],
		['Area ids (content/areas.yaml), at least one.', `area: ${ids(areas)}`],
		['Persona ids the item serves.', `personas: ${ids(personas)}`],
		['Pains it removes, as <journey-id>#<pain-id>.', 'addresses: []'],
		["The change in developers' lives that counts as success.", `outcome: ${text('What changes for developers when this ships.')}`],
		['Metrics it should move: - metric: <metric id>, target: <number>, baseline and by (YYYY-Qn) optional.', 'successMetrics: []'],
		['How sure the team is of scope and timing: high, medium or low.', 'confidence: low'],
		['Owning team ids (content/teams.yaml), at least one.', `owner: ${ids(owners)}`],
		['Decision records behind the item, as ADR-0007.', 'decisions: []'],
		['Day the team last reviewed this item.', `lastReviewed: ${today}`],
	]);
	if (format === 'yaml') return `${front}\n`;
	return `---\n${front}\n---\n\n${bodyComment('How it will work, for the developers who will use it: what changes, what they do, what they no longer do.', format)}\n`;
}

/** MADR 4's sections, each with one line of guidance as an HTML comment, which pages do not show. */
const MADR_SECTIONS: readonly (readonly [heading: string, guidance: string])[] = [
	['## Context and Problem Statement', 'Describe the context and the problem in two or three sentences, or as a question.'],
	['## Decision Drivers', 'List the forces and concerns that shape the choice, one bullet each (optional).'],
	['## Considered Options', 'List every option considered, one bullet each, by a short name.'],
	['## Decision Outcome', 'Chosen option: "name", because it meets driver X best or is the only one that does Y.'],
	['### Consequences', 'Good, because ...; Bad, because ... - one bullet each.'],
	['### Confirmation', 'How the team will confirm the decision is followed: a review, a test, a fitness function (optional).'],
	[
		'## Pros and Cons of the Options',
		'One ### subsection per option with Good, because / Neutral, because / Bad, because bullets (optional).',
	],
	['## More Information', 'Links, how the decision was validated, when to revisit it (optional).'],
];

function decision({ title, today, supersedes = [], areas, format }: TemplateInput): string {
	const front = fields([
		['Short title naming the problem and the choice.', `title: ${text(title)}`],
		['proposed while under discussion; then accepted, rejected, deprecated or superseded.', 'status: proposed'],
		['Day the decision was made (YYYY-MM-DD).', `date: ${today}`],
		['People who make the decision.', 'decision-makers: []'],
		['People whose opinion is sought (two-way).', 'consulted: []'],
		['People kept up to date (one-way).', 'informed: []'],
		['Free kebab-case tags for filtering.', 'tags: []'],
		['Records this one replaces, as ADR-0007; their status becomes superseded.', `supersedes: ${ids(supersedes.map(decisionLabel))}`],
		['Roadmap item ids this decision shapes.', 'roadmap: []'],
		...(areas?.[0] ? [['Area id the decision belongs to.', `area: ${areas[0]}`] as const] : []),
	]);
	const body = MADR_SECTIONS.map(([heading, guidance]) => `${heading}\n\n${bodyComment(guidance, format)}`).join('\n\n');
	return `---\n${front}\n---\n\n${body}\n`;
}

function guide({ title, personas, format }: TemplateInput): string {
	const front = fields([
		['Page title.', `title: ${text(title)}`],
		['Persona ids the guide is written for.', `personas: ${ids(personas)}`],
		['Minutes a reader needs to finish it.', 'minutes: 10'],
		['Guides to read first, as paths under content/guides without extension, such as basics/access.', 'prerequisites: []'],
		['What the reader can do at the end.', `outcome: ${text('What the reader can do at the end.')}`],
	]);
	const guidance = bodyComment(
		'Start with what the reader gets, then one numbered step per action, each with the command or link it needs.',
		format,
	);
	return `---\n${front}\n---\n\n${guidance}\n\n## Steps\n\n1. First step.\n`;
}

function metric({ id, title }: TemplateInput): string {
	return `${fields(
		[
			['Kebab-case id that snapshots and roadmap items refer to.', `id: ${id}`],
			['Display name.', `name: ${text(title)}`],
			['adoption, experience, delivery, health, cost or compliance.', 'category: adoption'],
			['percent, count, score, minutes, hours, days, per-day, per-week or currency (add currency: EUR).', 'unit: count'],
			['up or down: which way is better.', 'direction: up'],
			['What it measures and how, in a few sentences.', `description: ${text(`What ${title} measures, and how.`)}`],
			['Where the numbers come from: a system, a survey or a query.', `source: ${text('Where the numbers come from.')}`],
		],
		'  ',
	).replace(/^ {2}# Kebab/, '- # Kebab')}\n`;
}

function team({ id, title }: TemplateInput): string {
	return `${fields(
		[
			['Kebab-case id that roadmap owners and per-team metric values refer to.', `id: ${id}`],
			['Display name.', `name: ${text(title)}`],
			['Team Topologies type: stream-aligned, platform, enabling, complicated-subsystem, leadership or other.', 'type: stream-aligned'],
			['What the team does, in a sentence.', `description: ${text(`What ${title} does.`)}`],
		],
		'  ',
	).replace(/^ {2}# Kebab/, '- # Kebab')}\n`;
}

function area({ id, title }: TemplateInput): string {
	return `${fields(
		[
			['Kebab-case id that roadmap items and decisions refer to.', `id: ${id}`],
			['Display name.', `name: ${text(title)}`],
			['What the area covers, in a sentence.', `description: ${text(`What ${title} covers.`)}`],
		],
		'  ',
	).replace(/^ {2}# Kebab/, '- # Kebab')}\n`;
}

/**
 * The template of each collection `content:new` creates entries in, by collection, with the word an
 * author types for it: a whole file, or for metrics, teams and areas an entry to append to the list file.
 */
export const TEMPLATES = {
	personas: { type: 'persona', write: persona },
	journeys: { type: 'journey', write: journey },
	roadmap: { type: 'roadmap', write: roadmap },
	decisions: { type: 'decision', write: decision },
	guides: { type: 'guide', write: guide },
	metrics: { type: 'metric', write: metric },
	teams: { type: 'team', write: team },
	areas: { type: 'area', write: area },
} as const satisfies { [K in CollectionName]?: { type: string; write: (input: TemplateInput) => string } };

export type TemplatedCollection = keyof typeof TEMPLATES;

/** The words `content:new` takes for a type, in the order of the templates. */
export const NEW_ENTRY_TYPES: readonly string[] = Object.values(TEMPLATES).map(({ type }) => type);

/** The collection a type word names, such as decisions for "decision". */
export const templatedCollection = (type: string): TemplatedCollection | undefined =>
	(Object.keys(TEMPLATES) as TemplatedCollection[]).find((name) => TEMPLATES[name].type === type);
