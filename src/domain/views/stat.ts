import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import { formatChange, formatDifference, formatMeasure } from '../format.ts';
import { type MetricPoint, bandFor, latestChange, meetsTarget } from '../metrics.ts';
import type { Link, Stat } from './parts.ts';

/** Whether `value` meets the metric's target, in words: "on track", or how far it is from the target. */
export function targetStatus(value: number, definition: MetricDefinition): Stat['track'] {
	if (definition.target === undefined) return undefined;
	if (meetsTarget(value, definition.target, definition.direction)) return { on: true, text: 'on track' };
	const gap = formatDifference(definition.target - value, definition);
	return { on: false, text: `off track, ${gap} ${definition.direction === 'up' ? 'below' : 'above'} target` };
}

/**
 * A metric's headline as a stat: the latest value of `series` with its as-of date, the change since
 * the point before in words (better, worse or unchanged by the metric's direction), its target and
 * whether it is met, and its band.
 */
export function statOf(metric: Link, definition: MetricDefinition, series: readonly MetricPoint[]): Stat {
	const latest = series.at(-1);
	const target = definition.target === undefined ? {} : { target: formatMeasure(definition.target, definition) };
	if (!latest) return { metric, value: 'no data yet', ...target };
	const change = latestChange(series, definition.direction);
	const band = bandFor(latest.value, definition.bands);
	const track = targetStatus(latest.value, definition);
	return {
		metric,
		value: formatMeasure(latest.value, definition),
		asOf: latest.date,
		...(change
			? {
					change: {
						text: formatChange(change.delta, definition),
						direction: change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat',
						trend: change.trend,
						since: change.from.date,
					},
				}
			: {}),
		...target,
		...(track ? { track } : {}),
		...(band && definition.bands ? { band: `${band} (${definition.bands.source} ${definition.bands.year})` } : {}),
		...(latest.samples === undefined ? {} : { samples: `n = ${latest.samples}` }),
	};
}
