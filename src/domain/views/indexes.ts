import { capitalise, formatCount, formatDuration, formatPeople, formatWords } from '../format.ts';
import { journeyPains } from '../relations.ts';
import { BOARD_HORIZONS } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { type EntryChrome, entryChrome, orderOf } from './chrome.ts';
import { lookup } from './lookup.ts';
import type { Link } from './parts.ts';

/** The views of the smaller index pages and the onboarding path, each everything its page shows, computed from the content alone. */

/** A card on an index page: a titled link, short facts, a paragraph, and chips. */
export interface IndexCard {
	link: Link;
	/** Short labelled facts, such as "Time: 45 min". */
	meta: { term: string; text: string }[];
	text?: string;
	chips?: Link[];
	/** A small label above the title, such as a guide's topic. */
	eyebrow?: string;
	/** Guide refs whose "done" marks, kept in the reader's browser, the card counts (an onboarding path's). */
	progress?: { steps: string[] };
}

export function personaIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		type: 'Personas',
		cards: orderOf(content, 'personas').map((id): IndexCard => {
			const data = content.personas.get(id)!;
			return {
				link: to.personaLink(id),
				meta: [
					{ term: 'People', text: formatPeople(data.population) },
					{ term: 'Team type', text: formatWords(data.teamType) },
					{ term: 'Experience', text: data.experience },
				],
				text: data.summary,
			};
		}),
	};
}

export function journeyIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		type: 'Developer journeys',
		painMap: { href: to.page('/pain-map/'), label: 'See every pain across these journeys, ranked, on the pain map' },
		cards: [...content.journeys].map(([id, data]): IndexCard => {
			const pains = journeyPains(id, data);
			const addressed = pains.filter((pain) => content.relations.roadmapByPain.has(pain.ref)).length;
			return {
				link: to.journeyLink(id),
				meta: [
					{ term: 'Stages', text: String(data.stages.length) },
					{ term: 'Pains', text: `${pains.length}, ${addressed} on the roadmap` },
				],
				text: data.scenario,
				chips: data.personas.map(to.personaLink),
			};
		}),
	};
}

/** Minutes a path takes: the sum of its guides' minutes. */
const pathMinutes = (content: SiteContent, steps: readonly string[]) =>
	steps.reduce((sum, ref) => sum + (content.guides.get(ref)?.minutes ?? 0), 0);

/** A persona's role as a title: "Backend engineer in a product team". */
const roleOf = (content: SiteContent, persona: string) => capitalise(content.personas.get(persona)?.role ?? persona);

/** /start/: a path per role, named by the role first and the persona second; every persona without a path is listed as such. */
export function startIndexView(content: SiteContent) {
	const to = lookup(content);
	const withoutPath = orderOf(content, 'personas').filter((persona) => !content.paths.has(persona));
	return {
		type: 'Get started',
		description: `Onboarding paths for ${content.site.name}, one per role.`,
		cards: [...content.paths].map(([persona, path]): IndexCard => ({
			link: { href: to.start(persona), label: roleOf(content, persona) },
			meta: [
				{ term: 'Guides', text: String(path.steps.length) },
				{ term: 'Time', text: formatDuration(pathMinutes(content, path.steps)) },
			],
			text: `${path.title}. ${path.intro}`,
			chips: [to.personaLink(persona)],
			progress: { steps: path.steps },
		})),
		withoutPath: withoutPath.map((persona) => ({
			role: roleOf(content, persona),
			persona: to.personaLink(persona),
			guides: (content.relations.guidesByPersona.get(persona) ?? []).map(to.guideLink),
		})),
	};
}

/** Everything an onboarding path's page shows. */
export interface StartPathView {
	chrome: EntryChrome;
	title: string;
	intro: string;
	/** The persona's role, then the persona: "Backend engineer in a product team" and "Priya, product engineer". */
	role: string;
	persona: Link;
	summary: string;
	total: string;
	/** The path's id, for the ?path= of its guides' links and the progress kept in the browser. */
	path: string;
	steps: { ref: string; link: Link; time: string; outcome: string }[];
}

export function startPathView(content: SiteContent, persona: string, source?: string): StartPathView {
	const path = content.paths.get(persona)!;
	const to = lookup(content);
	const total = formatDuration(pathMinutes(content, path.steps));
	return {
		chrome: entryChrome(content, 'paths', persona, source),
		title: path.title,
		intro: path.intro,
		role: roleOf(content, persona),
		persona: to.personaLink(persona),
		summary: `${formatCount(path.steps.length, 'guide')}, ${total} in all.`,
		total,
		path: persona,
		steps: path.steps.map((ref) => {
			const guide = content.guides.get(ref);
			return {
				ref,
				link: { ...to.guideLink(ref), href: `${to.guide(ref)}?path=${encodeURIComponent(persona)}` },
				time: guide ? formatDuration(guide.minutes) : '',
				outcome: guide?.outcome ?? '',
			};
		}),
	};
}

export function guideIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		type: 'Guides',
		start: { href: to.page('/start/'), label: 'Start with the path for your role' },
		cards: orderOf(content, 'guides').map((ref): IndexCard => {
			const guide = content.guides.get(ref)!;
			return {
				link: to.guideLink(ref),
				eyebrow: ref.includes('/') ? capitalise(formatWords(ref.split('/')[0])) : undefined,
				meta: [{ term: 'Time', text: formatDuration(guide.minutes) }],
				text: guide.outcome,
				chips: guide.personas.map(to.personaLink),
			};
		}),
	};
}

export function teamIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		type: 'Teams',
		cards: [...content.teams].map(([id, team]): IndexCard => {
			const owned = [...content.roadmap.values()].filter((item) => item.owner.includes(id));
			const open = owned.filter((item) => (BOARD_HORIZONS as readonly string[]).includes(item.horizon)).length;
			return {
				link: to.teamLink(id),
				meta: [
					{ term: 'Type', text: formatWords(team.type) },
					{ term: 'Roadmap', text: `${open} open, ${owned.filter((item) => item.horizon === 'shipped').length} shipped` },
				],
				text: team.description,
			};
		}),
	};
}

export function areaIndexView(content: SiteContent) {
	const to = lookup(content);
	return {
		type: 'Product areas',
		cards: [...content.areas].map(([id, area]): IndexCard => {
			const items = [...content.roadmap.values()].filter((item) => item.area.includes(id));
			const decisions = [...content.decisions.values()].filter((record) => record.area === id).length;
			return {
				link: to.areaLink(id),
				meta: [
					{ term: 'Roadmap', text: `${items.filter((item) => (BOARD_HORIZONS as readonly string[]).includes(item.horizon)).length} open` },
					{ term: 'Decisions', text: String(decisions) },
				],
				text: area.description,
			};
		}),
	};
}

export function notFoundView(content: SiteContent) {
	const to = lookup(content);
	return {
		links: [
			{ href: to.page('/'), label: 'the home page' },
			{ href: to.page('/roadmap/'), label: 'the roadmap' },
			{ href: to.page('/decisions/'), label: 'the decision log' },
			{ href: to.page('/guides/'), label: 'the guides' },
		],
	};
}
