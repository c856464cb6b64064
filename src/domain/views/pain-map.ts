import { formatCount, formatPeople } from '../format.ts';
import { SEVERITY_WEIGHTS, SOON_HORIZONS, TIMES_A_MONTH, coverage, isCoveredSoon, rankPains } from '../pain-ranking.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge, severityBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Badge, Link } from './parts.ts';

/** One pain on the pain map, in rank order. */
export interface PainMapEntry {
	rank: number;
	/** The pain in its journey: its text, linked to its place on the journey's page. */
	link: Link;
	journey: Link;
	step: string;
	severity: Badge;
	frequency: string;
	people: string;
	score: string;
	/** Persona ids of the pain's journey, for the persona filter. */
	personas: string[];
	personaLinks: Link[];
	fixes: { link: Link; horizon: Badge }[];
	/** A now or next item addresses it. */
	soon: boolean;
}

/** Everything /pain-map/ shows. */
export interface PainMapView {
	type: string;
	description: string;
	/** How the score is computed, in words, with every weight. */
	weights: { term: string; text: string }[];
	coverage: { value: string; text: string };
	counts: { addressed: string; unaddressed: string };
	/** The personas a reader can filter by: those of at least one journey. */
	personas: { id: string; label: string }[];
	pains: PainMapEntry[];
}

const score = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value);

/** /pain-map/: every pain of every journey once, ranked by severity x frequency x people affected. */
export function painMapView(content: SiteContent): PainMapView {
	const to = lookup(content);
	const ranked = rankPains(content);
	const cover = coverage(ranked);
	const addressed = ranked.filter((pain) => pain.fixes.length > 0).length;
	const withJourney = new Set(ranked.flatMap((pain) => pain.personas));
	const soon = SOON_HORIZONS.map((horizon) => horizonBadge(horizon).text.toLowerCase()).join(' or ');
	return {
		type: 'Pain map',
		description: `Every pain point of ${content.site.name}'s developer journeys, ranked by how much it costs, with what the roadmap does about it.`,
		weights: [
			{
				term: 'Severity',
				text: Object.entries(SEVERITY_WEIGHTS)
					.map(([severity, weight]) => `${severity} ${weight}`)
					.join(', '),
			},
			{
				term: 'Frequency (times a month)',
				text: Object.entries(TIMES_A_MONTH)
					.map(([frequency, times]) => `${frequency} ${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(times)}`)
					.join(', '),
			},
			{ term: 'People affected', text: "the population of the journey's personas" },
			{ term: 'Score', text: 'severity x frequency x people affected' },
		],
		coverage: {
			value: cover.share === undefined ? 'no critical or major pains' : `${Math.round(cover.share * 100)}%`,
			text: `${cover.covered} of ${formatCount(cover.total, 'critical or major pain', 'critical and major pains')} have a roadmap item in ${soon}.`,
		},
		counts: {
			addressed: `${formatCount(addressed, 'pain')} addressed by the roadmap`,
			unaddressed:
				addressed === ranked.length
					? 'every pain has an item on the roadmap'
					: `${formatCount(ranked.length - addressed, 'pain')} with nothing on the roadmap yet`,
		},
		personas: [...content.personas.keys()].filter((id) => withJourney.has(id)).map((id) => ({ id, label: content.personas.get(id)!.name })),
		pains: ranked.map((pain, i) => ({
			rank: i + 1,
			link: { href: to.pain(pain.ref), label: pain.pain.text },
			journey: to.journeyLink(pain.journey),
			step: pain.step,
			severity: severityBadge(pain.pain.severity, 'Severity'),
			frequency: `felt ${pain.pain.frequency}`,
			people: formatPeople(pain.people),
			score: score(pain.score),
			personas: pain.personas,
			personaLinks: pain.personas.map(to.personaLink),
			fixes: pain.fixes.map((fix) => ({ link: to.roadmapLink(fix.id), horizon: horizonBadge(fix.horizon) })),
			soon: isCoveredSoon(pain),
		})),
	};
}
