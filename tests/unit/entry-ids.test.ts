import { describe, expect, it } from 'vitest';
import { entryIdClashes } from '../../src/domain/entry-ids.ts';

describe('two files that make the same entry', () => {
	it('reports each later file, naming the first', () => {
		const problems = entryIdClashes(
			[
				{ relative: 'guides/basics/setup.md', kind: 'guides', id: 'basics/setup' },
				{ relative: 'guides/basics/setup.mdx', kind: 'guides', id: 'basics/setup' },
				{ relative: 'roadmap/x.md', kind: 'roadmap', id: 'x' },
				{ relative: 'roadmap/x.mdx', kind: 'roadmap', id: 'x' },
				{ relative: 'roadmap/x.yaml', kind: 'roadmap', id: 'x' },
			],
			(relative) => `content/${relative}`,
		);
		expect(problems).toEqual([
			{
				file: 'content/guides/basics/setup.mdx',
				line: 1,
				column: 1,
				field: '',
				message: 'this file and content/guides/basics/setup.md make the same guide, "basics/setup"',
				hint: 'the site would show only one of them: remove one, or rename it',
			},
			expect.objectContaining({
				file: 'content/roadmap/x.mdx',
				message: 'this file and content/roadmap/x.md make the same roadmap item, "x"',
			}),
			expect.objectContaining({
				file: 'content/roadmap/x.yaml',
				message: 'this file and content/roadmap/x.md make the same roadmap item, "x"',
			}),
		]);
	});

	it('counts a folder index as the folder, as the build names it', () => {
		expect(
			entryIdClashes([
				{ relative: 'guides/basics.md', kind: 'guides', id: 'basics' },
				{ relative: 'guides/basics/index.mdx', kind: 'guides', id: 'basics/index' },
			]),
		).toEqual([
			expect.objectContaining({ file: 'guides/basics/index.mdx', message: 'this file and guides/basics.md make the same guide, "basics"' }),
		]);
	});

	it('lets the same id live in different collections', () => {
		expect(
			entryIdClashes([
				{ relative: 'personas/platform.yaml', kind: 'personas', id: 'platform' },
				{ relative: 'roadmap/platform.yaml', kind: 'roadmap', id: 'platform' },
				{ relative: 'journeys/platform.yaml', kind: 'journeys', id: 'platform' },
			]),
		).toEqual([]);
	});
});
