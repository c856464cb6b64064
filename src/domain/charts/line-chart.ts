import { type DateTick, dateTicks, dayNumber, linearScale, niceTicks } from './scale.ts';
import { element, percent } from './svg.ts';

/** One measured value on a chart: its day, its value and, for surveys, the responses behind it. */
export interface ChartPoint {
	date: string;
	value: number;
	samples?: number;
}

/** A shaded range of values, such as a DORA performance level. */
export interface ChartBand {
	label: string;
	min?: number;
	max?: number;
}

export interface LineChartSpec {
	/** Prefix of the ids of the chart's title and description, unique on the page. */
	id: string;
	title: string;
	description: string;
	/** Values oldest first. */
	points: readonly ChartPoint[];
	target?: number;
	/** Bands, best first; bands with the same bounds are drawn once, their labels joined. */
	bands?: readonly ChartBand[];
	/** Values the metric can take, so the axis never runs past them (a percentage past 100). */
	limits?: { min?: number; max?: number };
	/** The value axis to use instead of one fitted to the points, so small multiples compare alike. */
	domain?: readonly [number, number];
	/** A value as the axis labels it, such as "80%". */
	format: (value: number) => string;
	/** Small multiples: shorter, fewer ticks, no band or sample labels. */
	compact?: boolean;
}

/** Where things go, in px from the top (the width is the page's, so x is in % of it). */
interface Layout {
	height: number;
	top: number;
	bottom: number;
	/** Width of the value labels' column, in % of the width; the plot starts after it. */
	gutter: number;
	/** First and last point, in % of the width: room for the point and its date label. */
	left: number;
	right: number;
	ticks: number;
	dates: number;
}

const FULL: Layout = { height: 260, top: 20, bottom: 222, gutter: 16, left: 19, right: 97, ticks: 4, dates: 6 };
const COMPACT: Layout = { height: 150, top: 12, bottom: 120, gutter: 22, left: 26, right: 95, ticks: 3, dates: 3 };

/** Bands merged where two levels share the same bounds (DORA 2024 gives high and medium the same recovery time). */
function mergedBands(bands: readonly ChartBand[]): ChartBand[] {
	const merged: ChartBand[] = [];
	for (const band of bands) {
		const same = merged.find((other) => other.min === band.min && other.max === band.max);
		if (same) same.label = `${same.label}, ${band.label}`;
		else merged.push({ ...band });
	}
	return merged;
}

/** The value axis: round ticks covering the points and the target, kept within the metric's limits. */
export function valueTicks(values: readonly number[], limits: LineChartSpec['limits'] = {}, count = 4): number[] {
	const low = Math.min(...values);
	const high = Math.max(...values);
	const ticks = niceTicks(low, high, count);
	const within = ticks.filter(
		(tick) => (limits.min === undefined || tick >= limits.min) && (limits.max === undefined || tick <= limits.max),
	);
	// Clipping may leave the extremes uncovered (a domain of 0-100 for 97%): then the limit itself is the last tick.
	if (limits.min !== undefined && within[0] > low) within.unshift(limits.min);
	if (limits.max !== undefined && within.at(-1)! < high) within.push(limits.max);
	return within.length >= 2 ? within : ticks;
}

/** Text anchor for a label at x% of the width, so labels near an edge stay inside it. */
const anchor = (x: number) => (x < 8 ? 'start' : x > 92 ? 'end' : 'middle');

/**
 * A metric's history as a static SVG line chart: dates on the x axis at calendar ticks, values on the
 * y axis at round ticks, the target as a dashed line, bands shaded, and n under survey points. The
 * SVG is as wide as its container (x in %) and a fixed height, so its text never scales; colours
 * come from CSS classes, so dark mode and print restyle it. Undefined without points.
 */
export function lineChart(spec: LineChartSpec): string | undefined {
	const { points, target, format, compact = false } = spec;
	if (points.length === 0) return undefined;
	const layout = compact ? COMPACT : FULL;
	const days = points.map((point) => dayNumber(point.date));
	const [firstDay, lastDay] = [days[0], days.at(-1)!];
	const x = linearScale([firstDay, lastDay], [layout.left, layout.right]);

	const ticks = spec.domain
		? niceTicks(spec.domain[0], spec.domain[1], layout.ticks)
		: valueTicks([...points.map((point) => point.value), ...(target === undefined ? [] : [target])], spec.limits, layout.ticks);
	const domain: [number, number] = [ticks[0], ticks.at(-1)!];
	const y = linearScale(domain, [layout.bottom, layout.top]);
	const plotStart = percent(layout.gutter);
	const plotWidth = percent(100 - layout.gutter);
	const labelEnd = percent(layout.gutter - 1.5);
	const clampY = (value: number) => y(Math.min(domain[1], Math.max(domain[0], value)));

	const parts: string[] = [
		element('title', { id: `${spec.id}-title` }, { text: spec.title }),
		element('desc', { id: `${spec.id}-desc` }, { text: spec.description }),
	];

	// Bands first, under everything else; each labelled in words at the right where it is tall enough.
	const bandLabels: { y: number; text: string }[] = [];
	mergedBands(spec.bands ?? []).forEach((band, index) => {
		const top = clampY(band.max ?? domain[1]);
		const bottom = clampY(band.min ?? domain[0]);
		if (bottom - top < 1) return;
		parts.push(
			element('rect', { class: `tm-chart-band tm-chart-band-${index % 4}`, x: plotStart, width: plotWidth, y: top, height: bottom - top }),
		);
		if (!compact && bottom - top >= 16) bandLabels.push({ y: (top + bottom) / 2, text: band.label });
	});

	for (const tick of ticks) {
		parts.push(element('line', { class: 'tm-chart-grid', x1: plotStart, x2: '100%', y1: y(tick), y2: y(tick) }));
		parts.push(element('text', { class: 'tm-chart-tick', x: labelEnd, y: y(tick) + 4, 'text-anchor': 'end' }, { text: format(tick) }));
	}

	const dateLabels: DateTick[] = dateTicks(firstDay, lastDay, layout.dates);
	for (const tick of dateLabels) {
		const at = x(tick.day);
		if (at < 0 || at > 100) continue;
		parts.push(element('line', { class: 'tm-chart-axis', x1: percent(at), x2: percent(at), y1: layout.bottom, y2: layout.bottom + 5 }));
		parts.push(
			element('text', { class: 'tm-chart-tick', x: percent(at), y: layout.bottom + 18, 'text-anchor': anchor(at) }, { text: tick.label }),
		);
		if (tick.year) {
			parts.push(
				element('text', { class: 'tm-chart-tick', x: percent(at), y: layout.bottom + 32, 'text-anchor': anchor(at) }, { text: tick.year }),
			);
		}
	}
	parts.push(element('line', { class: 'tm-chart-axis', x1: plotStart, x2: '100%', y1: layout.bottom, y2: layout.bottom }));

	if (target !== undefined) {
		const at = clampY(target);
		parts.push(element('line', { class: 'tm-chart-target', x1: plotStart, x2: '100%', y1: at, y2: at }));
		// Small multiples leave the target's label to their caption: at their size it would sit on the line.
		if (!compact) {
			parts.push(
				element('text', { class: 'tm-chart-label', x: percent(layout.gutter + 1), y: at - 5 }, { text: `Target ${format(target)}` }),
			);
		}
	}
	for (const label of bandLabels) {
		parts.push(element('text', { class: 'tm-chart-band-label', x: '100%', y: label.y + 4, 'text-anchor': 'end' }, { text: label.text }));
	}

	const placed = points.map((point, index) => ({ point, x: x(days[index]), y: y(point.value) }));
	for (const [index, from] of placed.slice(0, -1).entries()) {
		const to = placed[index + 1];
		parts.push(element('line', { class: 'tm-chart-line', x1: percent(from.x), x2: percent(to.x), y1: from.y, y2: to.y }));
	}
	// Points are drawn while they stay apart; a long weekly history reads as its line.
	const dots = placed.length <= 60;
	for (const [index, at] of placed.entries()) {
		const last = index === placed.length - 1;
		if (dots || last)
			parts.push(
				element('circle', {
					class: last ? 'tm-chart-point tm-chart-latest' : 'tm-chart-point',
					cx: percent(at.x),
					cy: at.y,
					r: last ? 4.5 : 3.5,
				}),
			);
		if (!compact && dots && at.point.samples !== undefined) {
			const below = at.y + 16 <= layout.bottom - 4;
			parts.push(
				element(
					'text',
					{ class: 'tm-chart-n', x: percent(at.x), y: below ? at.y + 16 : at.y - 9, 'text-anchor': anchor(at.x) },
					{ text: `n=${at.point.samples}` },
				),
			);
		}
	}

	return element(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: compact ? 'tm-chart tm-chart-compact' : 'tm-chart',
			width: '100%',
			height: layout.height,
			role: 'img',
			'aria-labelledby': `${spec.id}-title ${spec.id}-desc`,
			focusable: 'false',
		},
		parts,
	);
}

export interface SparklineSpec {
	/** What the sparkline shows, its accessible name. */
	label: string;
	points: readonly ChartPoint[];
	target?: number;
}

const SPARK = { width: 120, height: 32, pad: 4 };

/** A small trend line for a stat card: the values and the target, no axes; undefined with fewer than two points. */
export function sparkline({ label, points, target }: SparklineSpec): string | undefined {
	if (points.length < 2) return undefined;
	const days = points.map((point) => dayNumber(point.date));
	const values = [...points.map((point) => point.value), ...(target === undefined ? [] : [target])];
	const x = linearScale([days[0], days.at(-1)!], [SPARK.pad, SPARK.width - SPARK.pad]);
	const y = linearScale([Math.min(...values), Math.max(...values)], [SPARK.height - SPARK.pad, SPARK.pad]);
	const coordinates = points.map((point, index) => `${Math.round(x(days[index]) * 10) / 10},${Math.round(y(point.value) * 10) / 10}`);
	const last = points.at(-1)!;
	return element(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: 'tm-spark',
			width: SPARK.width,
			height: SPARK.height,
			viewBox: `0 0 ${SPARK.width} ${SPARK.height}`,
			role: 'img',
			'aria-label': label,
			focusable: 'false',
		},
		[
			...(target === undefined
				? []
				: [element('line', { class: 'tm-chart-target', x1: 0, x2: SPARK.width, y1: y(target), y2: y(target) })]),
			element('polyline', { class: 'tm-chart-line', fill: 'none', points: coordinates.join(' ') }),
			element('circle', { class: 'tm-chart-point tm-chart-latest', cx: x(days.at(-1)!), cy: y(last.value), r: 3 }),
		],
	);
}
