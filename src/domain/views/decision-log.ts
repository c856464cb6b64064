import { DECISION_STATUSES } from '../../schemas/decision.ts';
import { decisionLabel, decisionNumber } from '../decision-refs.ts';
import { type DecisionEntry, currentStatus, groupByYear, statusChanged } from '../decisions.ts';
import { formatCount } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { statusBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Link, Table } from './parts.ts';

/** The facets the log filters by, in the order the form shows them; each is a query-string key. */
export const DECISION_FILTERS = ['status', 'area', 'tag', 'maker', 'year'] as const;
export type DecisionFilter = (typeof DECISION_FILTERS)[number];

/** The orders the log can be read in, as the query string's `sort`; the first is the default. */
export const DECISION_SORTS = [
	{ value: 'decided', label: 'Decided, newest first' },
	{ value: 'decided-asc', label: 'Decided, oldest first' },
	{ value: 'number', label: 'Number, highest first' },
	{ value: 'number-asc', label: 'Number, lowest first' },
] as const;

/** One filter of the log: a select of every value the records have, with how many records have each. */
export interface FilterView {
	name: DecisionFilter;
	label: string;
	options: { value: string; label: string; count: number }[];
}

/** Everything the decision log shows: every record grouped by the year it was decided, newest first, and the filters over them. */
export interface DecisionLogView {
	type: string;
	intro: string;
	total: number;
	filters: FilterView[];
	sorts: typeof DECISION_SORTS;
	groups: { year: string; count: string; table: Table }[];
	/** The log without filters. */
	clear: string;
	feed: Link;
}

/** A link to the log filtered by one value: what tag and decision-maker values link to. */
export const filteredLog = (logPath: string, filter: DecisionFilter, value: string): string =>
	`${logPath}?${new URLSearchParams({ [filter]: value }).toString()}`;

/** Options with their counts, most used first, then by label. */
function options(values: string[][], label: (value: string) => string = (value) => value): FilterView['options'] {
	const counts = new Map<string, number>();
	for (const list of values) for (const value of new Set(list)) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts]
		.map(([value, count]) => ({ value, label: label(value), count }))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function decisionLogView(content: SiteContent): DecisionLogView {
	const to = lookup(content);
	const logPath = to.page('/decisions/');
	const entries: DecisionEntry[] = [...content.decisions].map(([id, data]) => ({ id, data }));
	const short = (id: string): Link => ({ href: to.decision(id), label: decisionLabel(id) });
	const filters: FilterView[] = [
		{
			name: 'status',
			label: 'Status',
			options: DECISION_STATUSES.map((status) => ({
				value: status,
				label: status,
				count: entries.filter((entry) => entry.data.status === status).length,
			})).filter((option) => option.count > 0),
		},
		{
			name: 'area',
			label: 'Area',
			options: options(
				entries.map((entry) => (entry.data.area ? [entry.data.area] : [])),
				to.areaName,
			),
		},
		{ name: 'tag', label: 'Tag', options: options(entries.map((entry) => entry.data.tags)) },
		{ name: 'maker', label: 'Decision-maker', options: options(entries.map((entry) => entry.data['decision-makers'])) },
		{
			name: 'year',
			label: 'Year decided',
			options: options(entries.map((entry) => [entry.data.date.slice(0, 4)])).sort((a, b) => b.value.localeCompare(a.value)),
		},
	];
	const superseded = content.relations.supersededBy;
	return {
		type: 'Decision log',
		intro: `${formatCount(entries.length, 'record')} in MADR format, grouped by the year each decision was made. Superseded, deprecated and rejected records stay in the log, marked, with what replaced them.`,
		total: entries.length,
		filters,
		sorts: DECISION_SORTS,
		groups: groupByYear(entries).map(({ year, entries: records }) => ({
			year,
			count: formatCount(records.length, 'record'),
			table: {
				caption: `Decisions made in ${year}`,
				columns: [
					{ label: 'Record' },
					{ label: 'Decision', main: true },
					{ label: 'Status' },
					{ label: 'Decided' },
					{ label: 'Superseded by' },
					{ label: 'Decision-makers' },
					{ label: 'Area' },
					{ label: 'Tags' },
				],
				rows: records.map(({ id, data }) => [
					{ text: decisionLabel(id), nowrap: true },
					{ link: { href: to.decision(id), label: data.title } },
					{ badges: [statusBadge(data.status)], ...(statusChanged(data) ? { note: `on ${currentStatus(data).date}` } : {}) },
					{ date: data.date },
					superseded.has(id) ? { list: superseded.get(id)!.map(short) } : { text: '' },
					{ list: data['decision-makers'].map((name) => ({ href: filteredLog(logPath, 'maker', name), label: name })) },
					data.area ? { link: to.areaLink(data.area) } : { text: '' },
					{ links: data.tags.map((tag) => ({ href: filteredLog(logPath, 'tag', tag), label: tag })) },
				]),
				rowAttributes: records.map(({ id, data }) => ({
					id: `record-${decisionNumber(id) ?? id}`,
					data: {
						status: data.status,
						area: data.area ?? '',
						tag: JSON.stringify(data.tags),
						maker: JSON.stringify(data['decision-makers']),
						year: data.date.slice(0, 4),
						decided: data.date,
						number: decisionNumber(id) ?? '',
					},
				})),
			},
		})),
		clear: logPath,
		feed: { href: to.page('/decisions.xml'), label: 'New and changed decisions (RSS)' },
	};
}
