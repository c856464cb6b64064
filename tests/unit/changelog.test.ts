import { beforeAll, describe, expect, it } from 'vitest';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { changelogEntries, changelogView } from '../../src/domain/views/changelog.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
});

describe('the changelog', () => {
	it('lists shipped items and every decision, newest first, each linked under the base path', () => {
		const entries = changelogEntries(content);
		const dates = entries.map(({ date }) => date);
		expect(dates).toEqual([...dates].sort().reverse());
		for (const [id, item] of content.roadmap) {
			if (item.shippedOn)
				expect(entries).toContainEqual(
					expect.objectContaining({ kind: 'shipped', date: item.shippedOn, link: `/handbook/roadmap/${id}/` }),
				);
		}
		for (const id of content.decisions.keys()) {
			expect(entries.some((entry) => entry.kind === 'decision' && entry.link.startsWith(`/handbook/decisions/${id}/`))).toBe(true);
		}
	});

	it('records a metric reaching its target in the first snapshot that meets it after one that did not, and only then', () => {
		expect(changelogEntries(content).filter(({ kind }) => kind === 'milestone')).toEqual([]);
		const later = (date: string, value: number) => ({ date, values: { 'onboarding-days': value }, teams: {}, samples: {} });
		const reached = { ...content, snapshotList: [...content.snapshotList, later('2026-04-30', 3), later('2026-05-31', 2)] };
		expect(changelogEntries(reached).filter(({ kind }) => kind === 'milestone')).toEqual([
			expect.objectContaining({
				date: '2026-04-30',
				title: 'Onboarding time reached its target',
				link: '/handbook/metrics/onboarding-days/',
				description: expect.stringContaining('after 5 days on 2026-03-31') as string,
			}),
		]);
	});

	it('groups entries by month with the month in words, and announces its feed', () => {
		const view = changelogView(content);
		expect(view.months.map(({ entries }) => entries.length).reduce((a, b) => a + b, 0)).toBe(changelogEntries(content).length);
		for (const month of view.months) {
			expect(month.entries.every(({ date }) => date.startsWith(month.id))).toBe(true);
			expect(month.label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
		}
		expect(view.feed.href).toBe('/handbook/changelog.xml');
	});
});
