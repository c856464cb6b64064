import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import type { RoadmapItem } from '../../schemas/roadmap-item.ts';
import { formatCount, formatMeasure } from '../format.ts';
import { type MetricPoint, metricSeries } from '../metrics.ts';
import { groupByQuarter, parseQuarter, quarterLabel } from '../quarters.ts';
import { groupByHorizon } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { lookup } from './lookup.ts';
import type { Link, Table, Value } from './parts.ts';
import { type RoadmapCardView, roadmapCard } from './roadmap-card.ts';

/** Where a success metric went after its item shipped. */
export type MetricVerdict =
	'target met' | 'moved toward target' | 'moved away from target' | 'no change' | 'not measured since it shipped' | 'no baseline';

/**
 * Whether a success metric moved from where it started toward its target since the item shipped:
 * it started at the baseline, or else at the last value measured on or before the ship day, and is
 * judged by the latest value measured after it. The target counts as met in the metric's better direction.
 */
export function metricVerdict(
	goal: RoadmapItem['successMetrics'][number],
	direction: MetricDefinition['direction'],
	series: readonly MetricPoint[],
	shippedOn: string,
): { verdict: MetricVerdict; latest?: MetricPoint; start?: number } {
	const before = series.filter((point) => point.date <= shippedOn).at(-1);
	const latest = series.filter((point) => point.date > shippedOn).at(-1);
	const start = goal.baseline ?? before?.value;
	if (!latest) return { verdict: 'not measured since it shipped', start };
	if (start === undefined) return { verdict: 'no baseline', latest };
	const met = direction === 'up' ? latest.value >= goal.target : latest.value <= goal.target;
	if (met) return { verdict: 'target met', latest, start };
	const [was, is] = [Math.abs(goal.target - start), Math.abs(goal.target - latest.value)];
	return { verdict: is < was ? 'moved toward target' : is > was ? 'moved away from target' : 'no change', latest, start };
}

/** A shipped item as the archive shows it: when, its outcome, docs, and how its success metrics moved since. */
export interface ShippedItemView {
	id: string;
	link: Link;
	shippedOn: string;
	outcome: string;
	docs?: Link;
	areas: Link[];
	owners: Link[];
	metrics?: Table;
}

/** Everything the shipped page shows: totals, shipped items by quarter (newest first), and declined items with their reasons. */
export interface ShippedView {
	type: string;
	description: string;
	/** Items shipped per quarter, a row per year with its total. */
	totals: Table;
	quarters: { id: string; label: string; count: string; items: ShippedItemView[] }[];
	declined: RoadmapCardView[];
}

export function shippedView(content: SiteContent): ShippedView {
	const to = lookup(content);
	const groups = groupByHorizon([...content.roadmap].map(([id, data]) => ({ id, data })));
	const shipped = groups.shipped.filter((item) => item.data.shippedOn);
	const byQuarter = groupByQuarter(shipped, (item) => item.data.shippedOn!);
	const counts = new Map(byQuarter.map(({ quarter, items }) => [quarter, items.length]));
	const years = [...new Set(byQuarter.map(({ quarter }) => parseQuarter(quarter).year))];
	const snapshots = content.snapshotList.map((data) => ({ data }));

	const item = (id: string, data: RoadmapItem): ShippedItemView => {
		const rows = data.successMetrics.map((goal): Value[] => {
			const definition = content.metrics.get(goal.metric);
			const format = (value: number) => (definition ? formatMeasure(value, definition) : String(value));
			const { verdict, latest, start } = metricVerdict(
				goal,
				definition?.direction ?? 'up',
				metricSeries(goal.metric, snapshots),
				data.shippedOn!,
			);
			return [
				{ link: to.metricLink(goal.metric) },
				{ text: start === undefined ? 'not measured' : format(start), nowrap: true },
				{ text: format(goal.target), nowrap: true },
				{ text: latest ? format(latest.value) : 'none yet', nowrap: true },
				latest ? { date: latest.date } : { text: '' },
				{ text: verdict },
			];
		});
		return {
			id,
			link: to.roadmapLink(id),
			shippedOn: data.shippedOn!,
			outcome: data.outcome,
			...(data.docsUrl ? { docs: { href: to.content(data.docsUrl), label: `Docs for ${data.title}` } } : {}),
			areas: data.area.map(to.areaLink),
			owners: data.owner.map(to.teamLink),
			...(rows.length > 0
				? {
						metrics: {
							caption: `How the success metrics of ${data.title} moved since it shipped`,
							columns: [
								{ label: 'Metric', main: true },
								{ label: 'Baseline', numeric: true },
								{ label: 'Target', numeric: true },
								{ label: 'Latest', numeric: true },
								{ label: 'As of' },
								{ label: 'Since it shipped' },
							],
							rows,
						},
					}
				: {}),
		};
	};

	return {
		type: 'Roadmap: shipped and declined',
		description: `Everything the ${content.site.name} team shipped, by quarter, whether it helped, and what it decided not to build.`,
		totals: {
			caption: 'Items shipped per quarter and year',
			columns: [{ label: 'Year' }, ...[1, 2, 3, 4].map((q) => ({ label: `Q${q}`, numeric: true })), { label: 'Year total', numeric: true }],
			rows: years.map((year): Value[] => {
				const quarters = [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
				const total = quarters.reduce((sum, quarter) => sum + (counts.get(quarter) ?? 0), 0);
				return [
					{ text: String(year) },
					...quarters.map((quarter): Value => {
						const count = counts.get(quarter) ?? 0;
						return count === 0 ? { text: '0' } : { link: { href: `#q-${quarter.toLowerCase()}`, label: String(count) } };
					}),
					{ text: String(total), nowrap: true },
				];
			}),
		},
		quarters: byQuarter.map(({ quarter, items }) => ({
			id: `q-${quarter.toLowerCase()}`,
			label: quarterLabel(quarter),
			count: formatCount(items.length, 'item'),
			items: items.map(({ id, data }) => item(id, data)),
		})),
		declined: groups.declined.map(({ id, data }) => roadmapCard(content, id, data)),
	};
}
