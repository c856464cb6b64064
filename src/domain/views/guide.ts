import { formatDuration } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { type EntryChrome, entryChrome } from './chrome.ts';
import { lookup } from './lookup.ts';
import { type Fact, type Link, facts } from './parts.ts';

/** Everything a guide's page shows around its body. */
export interface GuideView {
	chrome: EntryChrome;
	title: string;
	description?: string;
	facts: Fact[];
	outcome: string;
	/** The onboarding paths this guide is a step of, with its place in each. */
	paths: { path: Link; step: string; next?: Link }[];
}

/** The page of guide `ref` (its path under guides/, such as basics/local-setup). */
export function guideView(content: SiteContent, ref: string, source?: string): GuideView {
	const data = content.guides.get(ref)!;
	const to = lookup(content);
	return {
		chrome: entryChrome(content, 'guides', ref, source),
		title: data.title,
		description: data.description,
		facts: facts([
			{ term: 'Time', text: formatDuration(data.minutes), nowrap: true },
			{ term: 'For', links: data.personas.map(to.personaLink) },
			{ term: 'Read first', list: data.prerequisites.length > 0 ? data.prerequisites.map(to.guideLink) : undefined },
		]),
		outcome: data.outcome,
		paths: [...content.paths].flatMap(([persona, path]) => {
			const index = path.steps.indexOf(ref);
			if (index === -1) return [];
			const next = path.steps[index + 1];
			return [
				{
					path: { href: to.start(persona), label: path.title },
					step: `Step ${index + 1} of ${path.steps.length}`,
					...(next === undefined ? {} : { next: to.guideLink(next) }),
				},
			];
		}),
	};
}
