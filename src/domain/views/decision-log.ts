import { decisionLabel } from '../decision-refs.ts';
import { formatCount } from '../format.ts';
import type { SiteContent } from '../site-content.ts';
import { statusBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Table } from './parts.ts';

/** Everything the decision log shows: every record, newest number first, as a full-width table. */
export interface DecisionLogView {
	type: string;
	intro: string;
	table: Table;
}

export function decisionLogView(content: SiteContent): DecisionLogView {
	const to = lookup(content);
	const records = [...content.decisions].reverse();
	return {
		type: 'Decision log',
		intro: `${formatCount(records.length, 'record')} in MADR format. A superseded record links to the one that replaced it.`,
		table: {
			caption: 'Decision records, newest first',
			columns: [
				{ label: 'Record' },
				{ label: 'Decision', main: true },
				{ label: 'Status' },
				{ label: 'Date' },
				{ label: 'Area' },
				{ label: 'Tags' },
			],
			rows: records.map(([id, data]) => [
				{ text: decisionLabel(id), nowrap: true },
				{ link: { href: to.decision(id), label: data.title } },
				{ badges: [statusBadge(data.status)] },
				{ date: data.date },
				data.area ? { link: to.areaLink(data.area) } : { text: '' },
				{ names: data.tags },
			]),
		},
	};
}
