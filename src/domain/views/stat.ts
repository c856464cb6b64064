import type { MetricDefinition } from '../../schemas/metric-definition.ts';
import { formatChange, formatMeasure } from '../format.ts';
import { type MetricPoint, bandFor, latestChange } from '../metrics.ts';
import type { Link, Stat } from './parts.ts';

/**
 * A metric's headline as a stat: the latest value of `series` with its as-of date, the change since
 * the point before in words (better, worse or unchanged by the metric's direction), its target and band.
 */
export function statOf(metric: Link, definition: MetricDefinition, series: readonly MetricPoint[]): Stat {
	const latest = series.at(-1);
	const target = definition.target === undefined ? {} : { target: formatMeasure(definition.target, definition) };
	if (!latest) return { metric, value: 'no data yet', ...target };
	const previous = series.at(-2);
	const change = latestChange(series, definition.direction);
	const band = bandFor(latest.value, definition.bands);
	return {
		metric,
		value: formatMeasure(latest.value, definition),
		asOf: latest.date,
		...(change && previous
			? {
					change: {
						text: formatChange(change.delta, definition),
						direction: change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : 'flat',
						trend: change.delta === 0 ? 'same' : change.improved ? 'better' : 'worse',
						since: previous.date,
					},
				}
			: {}),
		...target,
		...(band && definition.bands ? { band: `${band} (${definition.bands.source} ${definition.bands.year})` } : {}),
		...(latest.samples === undefined ? {} : { samples: `n = ${latest.samples}` }),
	};
}
