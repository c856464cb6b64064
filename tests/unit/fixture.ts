import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Problem } from '../../src/domain/problem.ts';
import { checkContent } from '../../src/lib/read-content.ts';

/** The tiny, complete content set every rule test starts from. */
export const FIXTURE = path.resolve('tests/fixtures/minimal');

/** The day rule tests run on, so "in the future" never depends on the clock. */
export const TODAY = '2026-11-27';

/** An edit to one fixture file: new text, a function of the old text, or null to delete it. */
export type Edit = string | null | ((text: string) => string);

/** Copies the fixture, applies edits, and returns every problem with file paths relative to the copy. */
export async function problemsAfter(edits: Record<string, Edit>): Promise<Problem[]> {
	return (await reportAfter(edits)).problems;
}

/** Copies the fixture, applies edits, and returns every warning with file paths relative to the copy. */
export async function warningsAfter(edits: Record<string, Edit>): Promise<Problem[]> {
	return (await reportAfter(edits)).warnings;
}

async function reportAfter(edits: Record<string, Edit>): Promise<{ problems: Problem[]; warnings: Problem[] }> {
	const dir = mkdtempSync(path.join(tmpdir(), 'trailmap-fixture-'));
	try {
		cpSync(FIXTURE, dir, { recursive: true });
		for (const [file, edit] of Object.entries(edits)) {
			const target = path.join(dir, file);
			if (edit === null) rmSync(target);
			else mkdirSync(path.dirname(target), { recursive: true });
			if (edit !== null) writeFileSync(target, typeof edit === 'string' ? edit : edit(readFileSync(target, 'utf8')));
		}
		const { problems, warnings } = await checkContent(dir, TODAY);
		const relative = (problem: Problem) => ({ ...problem, file: path.relative(dir, problem.file) });
		return { problems: problems.map(relative), warnings: warnings.map(relative) };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The text of a fixture file, to copy it under another name. */
export const fixtureText = (file: string) => readFileSync(path.join(FIXTURE, file), 'utf8');

/** Replaces the first occurrence of `from`, failing loudly if the fixture no longer contains it. */
export const replace = (from: string, to: string) => (text: string) => {
	if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
	return text.replace(from, to);
};
