/** A link as a page shows it: where it goes and its text. */
export interface Link {
	href: string;
	label: string;
}

/** A colour family of the design system; every badge also says its value in words, so colour is never the only signal. */
export type Tone = 'green' | 'blue' | 'purple' | 'amber' | 'red' | 'gray' | 'teal' | 'pink' | 'orange';

/** What a badge labels, so pages and styles can tell a horizon from a status. */
export type BadgeKind =
	'horizon' | 'phase' | 'status' | 'confidence' | 'category' | 'severity' | 'need' | 'target' | 'type' | 'review' | 'slip';

/** A label such as a horizon or a decision status: its words, its colour and, where the context does not say it, its term. */
export interface Badge {
	kind: BadgeKind;
	/** The raw value, such as "in-design". */
	value: string;
	/** The value in words, such as "in design". */
	text: string;
	tone: Tone;
	/** A visible term before the value ("Confidence"), for badges outside a labelled column or fact. */
	term?: string;
}

/**
 * One value as a page shows it: text, a date, a link, links as chips, plain names, or badges. Views
 * say what a value is; components decide how it looks, and keep ids, dates and numbers on one line.
 */
export interface Value {
	text?: string;
	/** Keep the text on one line: an id, a number with its unit. */
	nowrap?: boolean;
	/** A YYYY-MM-DD date, shown in a <time> that never breaks. */
	date?: string;
	link?: Link;
	/** Links to other pages with short names (areas, teams, personas), shown as chips. */
	links?: Link[];
	/** Links to other pages with long titles (roadmap items, decisions, guides), one per line. */
	list?: Link[];
	/** Names without pages (people), shown as a list so names that contain commas stay apart. */
	names?: string[];
	badges?: Badge[];
	/** A short remark after the value, such as when a status was set: "on 2026-09-15". */
	note?: string;
	/** What a sortable table sorts this cell by, where its text would sort wrongly (numbers with units, badges). */
	sortKey?: string | number;
}

/** One row of a facts list: a term and its value; rows with nothing to show are dropped. */
export interface Fact extends Value {
	term: string;
}

/** Whether a value has anything to show. */
export const hasValue = (value: Value): boolean =>
	(value.text !== undefined && value.text !== '') ||
	value.date !== undefined ||
	value.link !== undefined ||
	value.links !== undefined ||
	value.list !== undefined ||
	(value.names !== undefined && value.names.length > 0) ||
	(value.badges !== undefined && value.badges.length > 0);

/** A list of facts without the rows that have nothing to show; an empty list of links still shows, as "none". */
export const facts = (rows: Fact[]): Fact[] => rows.filter(hasValue);

/** A column of a data table; numeric columns align right, and the main column gets the room long titles need. */
export interface Column {
	label: string;
	numeric?: boolean;
	main?: boolean;
}

/** A table as data: it renders as a table on wide screens and as a list of labelled rows on narrow ones. */
export interface Table {
	caption: string;
	columns: Column[];
	/** Each row's cells in column order; the first cell names the row. */
	rows: Value[][];
	/** Each row's id, for links to it, and data-* attributes, for styles and filter scripts; by row index. */
	rowAttributes?: { id?: string; data?: Record<string, string> }[];
	/** Readers may sort by any column (with JavaScript); without it the rows keep the view's order. */
	sortable?: boolean;
}

/** A headline number: the value with its unit, as-of date, change and target, and the metric it measures. */
export interface Stat {
	metric: Link;
	/** The value with its unit, such as "72%"; "no data yet" before any snapshot. */
	value: string;
	asOf?: string;
	/** The change since the previous snapshot (`since`), with one sign, its direction and whether that is better. */
	change?: { text: string; direction: 'up' | 'down' | 'flat'; trend: 'better' | 'worse' | 'same'; since: string };
	target?: string;
	/** Whether the latest value meets the target: "on track", or "off track, 10 percentage points below target". */
	track?: { on: boolean; text: string };
	/** A sparkline of the history, an SVG written by src/domain/charts. */
	spark?: string;
	/** The benchmark level, such as "elite (DORA 2024)". */
	band?: string;
	/** Responses behind a survey value, such as "n = 226". */
	samples?: string;
}

/** A warning that a page's numbers may be out of date, because its latest snapshot is older than the cadence. */
export interface Staleness {
	title: string;
	text: string;
}

/** A heading a page shows, for its table of contents. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}
