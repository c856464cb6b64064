import { formatCount } from '../format.ts';
import { metricSeries, overdueBy } from '../metrics.ts';
import type { SiteContent } from '../site-content.ts';
import type { Staleness } from './parts.ts';

/**
 * The warning a page showing `metrics` carries when the latest value of any of them is older than its
 * cadence (the metric's own, else metricsCadence in site.yaml) on the day of the build; undefined
 * while every value is fresh. Metrics never measured are not out of date, they have no value to show.
 */
export function stalenessOf(content: SiteContent, metrics: readonly string[]): Staleness | undefined {
	const snapshots = content.snapshotList.map((data) => ({ data }));
	const overdue = metrics.flatMap((id) => {
		const definition = content.metrics.get(id);
		const latest = metricSeries(id, snapshots).at(-1);
		if (!definition || !latest) return [];
		const cadence = definition.cadence ?? content.site.metricsCadence;
		const age = overdueBy(latest.date, content.today, cadence);
		return age === undefined ? [] : [{ name: definition.name, date: latest.date, age, cadence }];
	});
	if (overdue.length === 0) return undefined;
	if (overdue.length === 1) {
		const [{ name, date, age, cadence }] = overdue;
		return {
			title: 'This number may be out of date',
			text: `The latest value of ${name} is from ${date}, ${formatCount(age, 'day')} before this page was built; it is measured ${cadence}.`,
		};
	}
	const shown = overdue.slice(0, 4).map(({ name, date, cadence }) => `${name} on ${date} (${cadence})`);
	const more = overdue.length > shown.length ? [`${overdue.length - shown.length} more`] : [];
	return {
		title: 'Some numbers may be out of date',
		text: `${formatCount(overdue.length, 'metric')} on this page were last measured longer ago than their cadence: ${new Intl.ListFormat('en').format([...shown, ...more])}.`,
	};
}
