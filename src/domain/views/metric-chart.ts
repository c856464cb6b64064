import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import { type ChartPoint, lineChart, sparkline, valueTicks } from '../charts/line-chart.ts';
import { axisUnit, formatCount, formatMeasure } from '../format.ts';
import { metricRange } from '../metric-ranges.ts';
import type { Link } from './parts.ts';

/** A generated chart with its caption; the page shows a table of the same values beside it. */
export interface ChartFigure {
	/** The SVG, written and escaped by src/domain/charts. */
	svg: string;
	caption: string;
}

/** A metric's small multiples: one chart per measured team, and what they show. */
export interface TeamCharts {
	caption: string;
	charts: { team: Link; svg: string }[];
}

/** What a chart's description says: the span, first and latest values, and the target. */
function summary(name: string, points: readonly ChartPoint[], definition: MetricDefinition): string {
	const format = (value: number) => formatMeasure(value, definition);
	const first = points[0];
	const last = points.at(-1)!;
	const target = definition.target === undefined ? '' : ` Target ${format(definition.target)}.`;
	if (points.length === 1) return `${name}: ${format(last.value)} on ${last.date}, the only snapshot.${target}`;
	return `${name} from ${first.date} to ${last.date}, ${formatCount(points.length, 'snapshot')}: ${format(first.value)} at first, ${format(last.value)} at the latest.${target}`;
}

/** The values an axis must show: the points and the target. */
const axisValues = (points: readonly ChartPoint[], definition: MetricDefinition) => [
	...points.map((point) => point.value),
	...(definition.target === undefined ? [] : [definition.target]),
];

/** The points, target, bands and limits of a chart in its axis unit (durations in the unit that reads best). */
function inAxisUnit(points: readonly ChartPoint[], definition: MetricDefinition, values = axisValues(points, definition)) {
	const { factor, format } = axisUnit(values, definition);
	const scale = (value: number | undefined) => (value === undefined ? undefined : value * factor);
	const range = metricRange(definition);
	return {
		points: points.map((point) => ({ ...point, value: point.value * factor })),
		target: scale(definition.target),
		bands: definition.bands?.levels.map((level) => ({ label: level.label, min: scale(level.min), max: scale(level.max) })),
		limits: { min: scale(range.min), max: scale(range.max) },
		format,
	};
}

/** A metric's history as a line chart with its target and bands; undefined before any snapshot. */
export function metricChart(id: string, definition: MetricDefinition, points: readonly ChartPoint[]): ChartFigure | undefined {
	const svg = lineChart({
		id: `chart-${id}`,
		title: `${definition.name} over time`,
		description: summary(definition.name, points, definition),
		...inAxisUnit(points, definition),
	});
	if (!svg) return undefined;
	const shown = [
		definition.target === undefined ? undefined : `the target (${formatMeasure(definition.target, definition)}) as a dashed line`,
		definition.bands ? `the ${definition.bands.source} ${definition.bands.year} levels shaded` : undefined,
		points.some((point) => point.samples !== undefined) ? 'the number of responses (n) at each point' : undefined,
	].filter((part) => part !== undefined);
	return {
		svg,
		caption: `${definition.name} by snapshot date${shown.length > 0 ? `, with ${new Intl.ListFormat('en').format(shown)}` : ''}. The table lists the same values.`,
	};
}

/**
 * One small chart per measured team, all on the same value axis so their heights compare; the
 * target is drawn, bands are left to the full chart.
 */
export function teamCharts(
	id: string,
	definition: MetricDefinition,
	series: readonly { team: Link; points: readonly ChartPoint[] }[],
): TeamCharts | undefined {
	const measured = series.filter(({ points }) => points.length > 0);
	if (measured.length === 0) return undefined;
	const all = inAxisUnit(
		measured.flatMap(({ points }) => points),
		definition,
	);
	const ticks = valueTicks(axisValues(all.points, { ...definition, target: all.target }), all.limits, 3);
	const charts = measured.flatMap(({ team, points }, index) => {
		const own = inAxisUnit(
			points,
			definition,
			axisValues(
				measured.flatMap((other) => other.points),
				definition,
			),
		);
		const svg = lineChart({
			id: `chart-${id}-team-${index}`,
			title: `${definition.name}, ${team.label}`,
			description: summary(`${definition.name} for ${team.label}`, points, definition),
			points: own.points,
			target: own.target,
			domain: [ticks[0], ticks.at(-1)!],
			format: own.format,
			compact: true,
		});
		return svg ? [{ team, svg }] : [];
	});
	const target = all.target === undefined ? '' : `; the dashed line is the target, ${all.format(all.target)}`;
	return {
		caption: `${definition.name} per team, every chart on the same scale from ${all.format(ticks[0])} to ${all.format(ticks.at(-1)!)}${target}. The table below them lists the same values.`,
		charts,
	};
}

/** A stat card's trend line with its target; undefined with fewer than two snapshots. */
export function metricSparkline(definition: MetricDefinition, points: readonly ChartPoint[]): string | undefined {
	const first = points[0];
	const last = points.at(-1);
	if (!first || !last) return undefined;
	const format = (value: number) => formatMeasure(value, definition);
	return sparkline({
		label: `Trend of ${definition.name}: ${format(first.value)} on ${first.date} to ${format(last.value)} on ${last.date}`,
		points,
		target: definition.target,
	});
}
