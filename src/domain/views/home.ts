import { decisionLabel } from '../decision-refs.ts';
import { formatCount } from '../format.ts';
import { headlineMetrics } from '../metrics.ts';
import { BOARD_HORIZONS, HORIZON_LABELS, groupByHorizon } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge, statusBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import { statCard } from './metric-dashboard.ts';
import type { Badge, Link, Stat, Staleness } from './parts.ts';
import { stalenessOf } from './staleness.ts';

/** Everything the home page shows: where to start, what is coming and shipped, what was decided, how the platform is doing. */
export interface HomeView {
	type: string;
	title: string;
	tagline: string;
	organisation: string;
	/** The four things most visitors come for, each with a line on what they find. */
	actions: { link: Link; note: string }[];
	/** Open roadmap items per horizon, each linking to its column on the board. */
	horizons: { link: Link; badge: Badge; count: string }[];
	shipped: { link: Link; date: string }[];
	decisions: { label: string; link: Link; status: Badge; date: string }[];
	metrics: Stat[];
	/** The warning when a headline metric's latest value is older than its cadence. */
	metricsStale?: Staleness;
	more: { roadmap: Link; shipped: Link; decisions: Link; metrics: Link; personas: Link; journeys: Link; teams: Link; areas: Link };
}

export function homeView(content: SiteContent): HomeView {
	const to = lookup(content);
	const groups = groupByHorizon([...content.roadmap].map(([id, data]) => ({ id, data })));
	const open = BOARD_HORIZONS.reduce((sum, horizon) => sum + groups[horizon].length, 0);
	const headline = headlineMetrics([...content.metrics].map(([id, data]) => ({ id, data }))).map(({ id }) => id);
	const recentlyShipped = [...groups.shipped].sort((a, b) => (b.data.shippedOn ?? '').localeCompare(a.data.shippedOn ?? '')).slice(0, 4);
	const recentDecisions = [...content.decisions]
		.sort(([a, da], [b, db]) => db.date.localeCompare(da.date) || b.localeCompare(a))
		.slice(0, 4);
	return {
		type: 'Home',
		title: content.site.name,
		tagline: content.site.tagline,
		organisation: `Run in the open by ${content.site.organisation}'s platform team.`,
		actions: [
			{ link: { href: to.page('/start/'), label: 'Get started' }, note: 'An onboarding path for your role, guide by guide.' },
			{
				link: { href: to.page('/roadmap/'), label: 'Roadmap' },
				note: `${formatCount(open, 'open item')}: what is coming, and how sure we are.`,
			},
			{
				link: { href: to.page('/guides/'), label: 'Guides' },
				note: `${formatCount(content.guides.size, 'guide')} for getting things done.`,
			},
			{
				link: { href: to.content(content.site.feedbackUrl), label: 'Tell us what hurts' },
				note: 'Feedback goes straight to the platform team.',
			},
		],
		horizons: BOARD_HORIZONS.map((horizon) => ({
			link: { href: to.page(`/roadmap/#h-${horizon}`), label: HORIZON_LABELS[horizon] },
			badge: horizonBadge(horizon),
			count: String(groups[horizon].length),
		})),
		shipped: recentlyShipped.map(({ id, data }) => ({ link: to.roadmapLink(id), date: data.shippedOn ?? '' })),
		decisions: recentDecisions.map(([id, data]) => ({
			label: decisionLabel(id),
			link: { href: to.decision(id), label: data.title },
			status: statusBadge(data.status),
			date: data.date,
		})),
		metrics: headline.map((id) => statCard(content, id)),
		metricsStale: stalenessOf(content, headline),
		more: {
			roadmap: { href: to.page('/roadmap/'), label: 'The roadmap board' },
			shipped: { href: to.page('/roadmap/shipped/'), label: 'Everything shipped, by quarter' },
			decisions: { href: to.page('/decisions/'), label: 'The decision log' },
			metrics: { href: to.page('/metrics/'), label: 'All metrics' },
			personas: { href: to.page('/personas/'), label: 'who we build for' },
			journeys: { href: to.page('/journeys/'), label: 'their journeys' },
			teams: { href: to.page('/teams/'), label: 'the teams' },
			areas: { href: to.page('/areas/'), label: 'the product areas' },
		},
	};
}
