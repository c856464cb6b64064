import { beforeAll, describe, expect, it } from 'vitest';
import { type SiteContent, siteContentOf } from '../../src/domain/site-content.ts';
import { correctQuery, wordsOf } from '../../src/domain/spelling.ts';
import { entryChrome } from '../../src/domain/views/chrome.ts';
import { searchPageView } from '../../src/domain/views/search.ts';
import { readContent } from '../../src/lib/read-content.ts';
import { FIXTURE } from './fixture.ts';

let content: SiteContent;
beforeAll(async () => {
	content = siteContentOf((await readContent(FIXTURE)).content, '/handbook/');
});

describe('typo tolerance', () => {
	it('corrects unknown words to the closest word the site uses, and leaves known words, prefixes and short words alone', () => {
		const vocabulary = ['kubernetes', 'namespace', 'deploy', 'deployment', 'kafka'];
		expect(correctQuery('kuberentes', vocabulary)).toBe('kubernetes');
		expect(correctQuery('Kuberentes namepsace', vocabulary)).toBe('kubernetes namespace');
		expect(correctQuery('deploy', vocabulary)).toBeUndefined();
		expect(correctQuery('deplo', vocabulary)).toBeUndefined();
		expect(correctQuery('kfk', vocabulary)).toBeUndefined();
		expect(correctQuery('zebra', vocabulary)).toBeUndefined();
	});

	it('splits text into lower-case words of letters and digits', () => {
		expect(wordsOf('CI/CD: Argo-CD v2, Zürich')).toEqual(['ci', 'cd', 'argo', 'cd', 'v2', 'zürich']);
	});
});

describe('search facets', () => {
	it('gives a roadmap item its type, horizon, areas and personas by name, and sorts it by its review or ship date', () => {
		const search = entryChrome(content, 'roadmap', 'namespace-self-service').search;
		const item = content.roadmap.get('namespace-self-service')!;
		expect(search.filters).toContainEqual(['type', 'Roadmap item']);
		expect(search.filters.filter(([facet]) => facet === 'status')).toHaveLength(1);
		expect(search.filters.filter(([facet]) => facet === 'area').map(([, value]) => value)).toEqual(
			item.area.map((area) => content.areas.get(area)?.name),
		);
		expect(search.filters.filter(([facet]) => facet === 'persona').map(([, value]) => value)).toEqual(
			item.personas.map((persona) => content.personas.get(persona)?.name),
		);
		expect(search.date).toBe(item.shippedOn ?? item.lastReviewed);
	});

	it('gives a decision its status, tags and decided date', () => {
		const [id, record] = [...content.decisions][0];
		const search = entryChrome(content, 'decisions', id).search;
		expect(search.filters).toContainEqual(['status', `${record.status.charAt(0).toUpperCase()}${record.status.slice(1)}`]);
		for (const tag of record.tags) expect(search.filters).toContainEqual(['tag', tag]);
		expect(search.meta).toContainEqual(['date', record.date]);
	});

	it('shows a persona its aliases, so search finds its pages by them', () => {
		expect(entryChrome(content, 'personas', 'app-developer').search.aliases).toEqual(['backend developer', 'API developer']);
		expect(entryChrome(content, 'paths', 'app-developer').search.aliases).toEqual(['backend developer', 'API developer']);
		expect(entryChrome(content, 'personas', 'data-engineer').search.aliases).toEqual([]);
	});

	it('offers every facet value some page carries, and a vocabulary of the words pages use, most frequent first', () => {
		const view = searchPageView(content);
		const type = view.facets.find(({ key }) => key === 'type');
		expect(type?.values).toContain('Roadmap item');
		expect(type?.values).toContain('Decision record');
		const areas = view.facets.find(({ key }) => key === 'area')?.values ?? [];
		expect(areas).toEqual([...areas].sort((a, b) => a.localeCompare(b)));
		expect(view.vocabulary.every((word) => word.length >= 4 && word === word.toLowerCase())).toBe(true);
		expect(new Set(view.vocabulary).size).toBe(view.vocabulary.length);
		expect(view.bundle).toBe('/handbook/pagefind/pagefind.js');
	});
});
