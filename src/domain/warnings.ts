import type { ContentSet, Entry } from './content-set.ts';
import { type FieldPath, type Problem, formatFieldPath, valueAt } from './problem.ts';
import { isReviewOverdue, reviewDueOn } from './roadmap.ts';

/** A warning at a field of an entry: a problem that does not fail the check unless it is strict. */
function warningAt(entry: Entry<unknown>, path: FieldPath, message: string, hint: string): Problem {
	const { line, column } = entry.locate(path);
	const value = path.length > 0 ? valueAt(entry.data, path) : undefined;
	return { file: entry.file, line, column, field: formatFieldPath(path), value, message, hint, severity: 'warning' };
}

/**
 * What a roadmap's readers would be misled by, though the content is valid: open items whose
 * review is overdue by the cadence in site.yaml, open or shipped items that name no success
 * metric, and critical pains that no open or shipped item addresses. `today` is YYYY-MM-DD.
 */
export function contentWarnings(content: ContentSet, today: string): Problem[] {
	const warnings: Problem[] = [];
	const cadence = content.site?.data.reviewCadence;
	for (const item of content.roadmap) {
		const { data } = item;
		if (cadence && isReviewOverdue(data, cadence, today)) {
			warnings.push(
				warningAt(
					item,
					['lastReviewed'],
					`the review is overdue: site.yaml asks for a ${cadence} review, so the next was due on ${reviewDueOn(data.lastReviewed, cadence)}`,
					`review the item with its owners, then set lastReviewed: ${today}`,
				),
			);
		}
		if (data.horizon !== 'declined' && data.successMetrics.length === 0) {
			warnings.push(
				warningAt(
					item,
					[],
					'this item names no success metric, so nobody can tell whether it helped',
					'add successMetrics: with a metric id from metrics/definitions.yaml and its target',
				),
			);
		}
	}
	const addressed = new Set(content.roadmap.filter(({ data }) => data.horizon !== 'declined').flatMap(({ data }) => data.addresses));
	for (const journey of content.journeys) {
		journey.data.stages.forEach((stage, s) =>
			stage.steps.forEach((step, t) =>
				step.pains.forEach((pain, p) => {
					const ref = `${journey.id}#${pain.id}`;
					if (pain.severity !== 'critical' || addressed.has(ref)) return;
					warnings.push(
						warningAt(
							journey,
							['stages', s, 'steps', t, 'pains', p, 'severity'],
							`the critical pain "${ref}" is addressed by no open or shipped roadmap item`,
							`add "${ref}" to the addresses of the item that removes it, or put one on the roadmap`,
						),
					);
				}),
			),
		);
	}
	return warnings;
}
