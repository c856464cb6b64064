import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import { type ChartPoint, lineChart, sparkline, valueTicks } from '../charts/line-chart.ts';
import { axisFormat, formatCount, formatMeasure } from '../format.ts';
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

/** A metric's history as a line chart with its target and bands; undefined before any snapshot. */
export function metricChart(id: string, definition: MetricDefinition, points: readonly ChartPoint[]): ChartFigure | undefined {
	const svg = lineChart({
		id: `chart-${id}`,
		title: `${definition.name} over time`,
		description: summary(definition.name, points, definition),
		points,
		target: definition.target,
		bands: definition.bands?.levels,
		limits: metricRange(definition),
		format: axisFormat(axisValues(points, definition), definition),
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
	const values = axisValues(
		measured.flatMap(({ points }) => points),
		definition,
	);
	const ticks = valueTicks(values, metricRange(definition), 3);
	const format = axisFormat(ticks, definition);
	const charts = measured.flatMap(({ team, points }, index) => {
		const svg = lineChart({
			id: `chart-${id}-team-${index}`,
			title: `${definition.name}, ${team.label}`,
			description: summary(`${definition.name} for ${team.label}`, points, definition),
			points,
			target: definition.target,
			domain: [ticks[0], ticks.at(-1)!],
			format,
			compact: true,
		});
		return svg ? [{ team, svg }] : [];
	});
	const target = definition.target === undefined ? '' : `; the dashed line is the target, ${format(definition.target)}`;
	return {
		caption: `${definition.name} per team, every chart on the same scale from ${format(ticks[0])} to ${format(ticks.at(-1)!)}${target}. The table lists the same values.`,
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
