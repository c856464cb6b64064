import { capitalise, formatDuration } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts } from './parts.ts';

/** The guide's place in one onboarding path: "Step 2 of 6" with the steps either side, which keep the path in their links. */
export interface PathPlace {
	/** The path's id (its persona's), as in ?path=. */
	id: string;
	/** The path's page, labelled by its role: "Backend engineer in a product team". */
	path: Link;
	step: string;
	prev?: Link;
	next?: Link;
}

/** Everything a guide's page shows around its body. */
export interface GuideView {
	chrome: EntryChrome;
	/** The guide's ref, under which "done" is kept in the reader's browser. */
	ref: string;
	title: string;
	description?: string;
	facts: Fact[];
	outcome: string;
	/** The onboarding paths this guide is a step of, with its place in each. */
	paths: PathPlace[];
}

/** The page of guide `ref` (its path under guides/, such as basics/local-setup). */
export function guideView(content: SiteContent, ref: string, source?: string): GuideView {
	const data = content.guides.get(ref)!;
	const to = lookup(content);
	const inPath = (step: string | undefined, path: string): Link | undefined =>
		step === undefined ? undefined : { ...to.guideLink(step), href: `${to.guide(step)}?path=${encodeURIComponent(path)}` };
	return {
		chrome: entryChrome(content, 'guides', ref, source),
		ref,
		title: data.title,
		description: data.description,
		facts: facts([
			{ term: 'For', links: data.personas.map(to.personaLink) },
			{ term: 'Time', text: formatDuration(data.minutes), nowrap: true },
			{ term: 'Read first', list: data.prerequisites.length > 0 ? data.prerequisites.map(to.guideLink) : undefined },
		]),
		outcome: data.outcome,
		paths: [...content.paths].flatMap(([persona, path]): PathPlace[] => {
			const index = path.steps.indexOf(ref);
			if (index === -1) return [];
			const prev = inPath(path.steps[index - 1], persona);
			const next = inPath(path.steps[index + 1], persona);
			return [
				{
					id: persona,
					path: { href: to.start(persona), label: capitalise(content.personas.get(persona)?.role ?? persona) },
					step: `Step ${index + 1} of ${path.steps.length}`,
					...(prev ? { prev } : {}),
					...(next ? { next } : {}),
				},
			];
		}),
	};
}
