import { formatMetricValue, meetsTarget, metricSeries } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import { decisionFeedView } from './decision-feed.ts';
import { lookup } from './lookup.ts';
import type { Badge, Link, Tone } from './parts.ts';
import { roadmapFeedView } from './roadmap-feed.ts';

/** What kind of change an entry records. */
export type ChangeKind = 'shipped' | 'started' | 'slipped' | 'declined' | 'decision' | 'milestone';

const KINDS: Record<ChangeKind, { text: string; tone: Tone }> = {
	shipped: { text: 'Shipped', tone: 'teal' },
	started: { text: 'Now in progress', tone: 'green' },
	slipped: { text: 'Slipped', tone: 'orange' },
	declined: { text: 'Declined', tone: 'gray' },
	decision: { text: 'Decision', tone: 'purple' },
	milestone: { text: 'Target reached', tone: 'blue' },
};

/** One change to the platform's product, dated. */
export interface ChangelogEntry {
	kind: ChangeKind;
	badge: Badge;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
	/** The page it is about, under the base path. */
	link: string;
	description: string;
}

const kindBadge = (kind: ChangeKind): Badge => ({ kind: 'type', value: kind, text: KINDS[kind].text, tone: KINDS[kind].tone });

/**
 * Every dated change, newest first: roadmap items that entered Now, shipped, slipped or were declined
 * (from the content and its git history, as the roadmap feed tells them), decisions made and their
 * status changes (as the decision feed tells them), and metrics that reached their target in a
 * snapshot after one that had not.
 */
export function changelogEntries(content: SiteContent): ChangelogEntry[] {
	const to = lookup(content);
	const roadmap = roadmapFeedView(content, Infinity).items.map((item): ChangelogEntry => ({
		kind: item.category === 'now' ? 'started' : item.category,
		badge: kindBadge(item.category === 'now' ? 'started' : item.category),
		date: item.date,
		title: item.item,
		link: item.link,
		description: item.description,
	}));
	const decisions = decisionFeedView(content, Infinity).items.map(({ title, link, date, description }): ChangelogEntry => ({
		kind: 'decision',
		badge: kindBadge('decision'),
		date,
		title,
		link,
		description,
	}));
	const snapshots = content.snapshotList.map((data) => ({ data }));
	const milestones = [...content.metrics].flatMap(([id, metric]) => {
		if (metric.target === undefined) return [];
		const target = metric.target;
		const series = metricSeries(id, snapshots);
		return series.flatMap((point, i): ChangelogEntry[] =>
			i > 0 && meetsTarget(point.value, target, metric.direction) && !meetsTarget(series[i - 1].value, target, metric.direction)
				? [
						{
							kind: 'milestone',
							badge: kindBadge('milestone'),
							date: point.date,
							title: `${metric.name} reached its target`,
							link: to.metric(id),
							description: `${metric.name} measured ${formatMetricValue(point.value, metric)} on ${point.date} against a target of ${formatMetricValue(target, metric)}, after ${formatMetricValue(series[i - 1].value, metric)} on ${series[i - 1].date}.`,
						},
					]
				: [],
		);
	});
	return [...roadmap, ...decisions, ...milestones].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One month of the changelog. */
export interface ChangelogMonth {
	/** YYYY-MM, the heading's anchor. */
	id: string;
	label: string;
	entries: ChangelogEntry[];
}

/** The /changelog/ page: every change by month, newest first, with the feed that carries them. */
export function changelogView(content: SiteContent): { intro: string; months: ChangelogMonth[]; feed: Link } {
	const months = new Map<string, ChangelogEntry[]>();
	for (const entry of changelogEntries(content)) {
		const month = entry.date.slice(0, 7);
		months.set(month, [...(months.get(month) ?? []), entry]);
	}
	return {
		intro:
			'What changed on the platform, month by month: roadmap items that shipped, started, slipped or were declined, decisions made or changed, and metrics that reached their target. Each links to its page.',
		months: [...months].map(([id, entries]) => ({ id, label: `${MONTHS[Number(id.slice(5, 7)) - 1]} ${id.slice(0, 4)}`, entries })),
		feed: { href: lookup(content).page('/changelog.xml'), label: `${content.site.name} changelog` },
	};
}
