import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateContent, proseWordCount } from '../../src/bench/synthetic.ts';
import { formatReport } from '../../src/domain/problem.ts';
import { classify } from '../../src/domain/registry.ts';
import { checkContent } from '../../src/lib/read-content.ts';
import { TODAY } from './fixture.ts';

/** How many files of each entry kind a generated folder holds, from the paths alone. */
function countByKind(files: ReadonlyMap<string, string>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const file of files.keys()) {
		const kind = classify(file);
		if (kind && 'id' in kind) counts[kind.kind] = (counts[kind.kind] ?? 0) + 1;
	}
	return counts;
}

/** Writes generated content to a fresh temporary folder and runs the full content check on it. */
async function problemsOf(files: ReadonlyMap<string, string>) {
	const dir = mkdtempSync(path.join(tmpdir(), 'trailmap-synthetic-'));
	try {
		for (const [relative, text] of files) {
			mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
			writeFileSync(path.join(dir, relative), text);
		}
		return (await checkContent(dir, TODAY)).problems;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Body and prose of every Markdown and MDX file of one folder. */
function mdxBodies(files: ReadonlyMap<string, string>, folder: string): { file: string; body: string; prose: string }[] {
	return [...files]
		.filter(([file]) => file.startsWith(`${folder}/`) && /\.mdx?$/.test(file))
		.map(([file, text]) => {
			const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
			return { file, body, prose: body.replace(/```[\s\S]*?```/g, '') };
		});
}

describe('synthetic content', () => {
	it('is the same for the same scale and seed, and differs for another seed', () => {
		const first = generateContent(0.3, 7);
		expect(generateContent(0.3, 7)).toEqual(first);
		expect(generateContent(0.3, 8)).not.toEqual(first);
	});

	it('sizes every collection by scale', () => {
		const files = generateContent(10);
		expect(countByKind(files)).toEqual({ decisions: 1000, roadmap: 500, personas: 50, journeys: 50, guides: 300, snapshots: 260 });
		expect(parse(files.get('metrics/definitions.yaml')!)).toHaveLength(15);
		expect(Object.keys(parse(files.get('guides/paths.yaml')!))).toHaveLength(10);
	});

	// The check loads mermaid (seconds) to parse the mermaid blocks; with the other test files running beside it, 20 s is too tight.
	it.each([1, 0.3])(
		'passes every schema and integrity rule at scale %s',
		async (scale) => {
			const problems = await problemsOf(generateContent(scale));
			expect(problems.length, formatReport(problems)).toBe(0);
		},
		60_000,
	);

	it('writes bodies of realistic length that MDX can compile', () => {
		const files = generateContent(1);
		const ranges: [string, number, number][] = [
			['decisions', 250, 600],
			['guides', 300, 700],
			['roadmap', 100, 300],
		];
		for (const [folder, min, max] of ranges) {
			for (const { file, prose } of mdxBodies(files, folder)) {
				expect(proseWordCount(prose), file).toBeGreaterThanOrEqual(min);
				expect(proseWordCount(prose), file).toBeLessThanOrEqual(max);
				expect(prose, file).not.toMatch(/[<{}]|^# |^(import|export)\s/m);
			}
		}
		expect(mdxBodies(files, 'guides').every(({ body }) => body.includes('```sh\n'))).toBe(true);
		expect(mdxBodies(files, 'decisions').filter(({ body }) => body.includes('```mermaid\nflowchart')).length).toBe(10);
	});
});
