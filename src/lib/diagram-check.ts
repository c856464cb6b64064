import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Problem } from '../domain/problem.ts';
import { contentCacheDir } from './content-layout.ts';

/** A mermaid block of a body, placed in its file: the line its first line of source is on. */
export interface PlacedDiagram {
	file: string;
	line: number;
	source: string;
}

/** What mermaid's parser said of a diagram: nothing, or the line within the diagram (1-based) and the reason. */
type Verdict = { line: number; reason: string } | null;

const MERMAID_VERSION = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;

/** A jison parse error carries where it stopped; other errors (mermaid reaching for a DOM Node lacks) say nothing about the diagram. */
interface ParseError {
	message: string;
	hash?: { loc?: { first_line?: number } };
}
const isParseError = (error: unknown): error is ParseError & { hash: object } =>
	error instanceof Error && typeof (error as ParseError).hash === 'object';

/** Jison's message ends "Expecting 'A', 'B', ..., got 'NEWLINE'": the token it met says most in fewest words. */
function parseReason(message: string): string {
	const last = message.split('\n').at(-1) ?? '';
	const got = last.lastIndexOf(', got ');
	if (got !== -1) return `unexpected ${last.slice(got + ', got '.length)} here`;
	return message.split('\n')[0].replace(/:$/, '');
}

async function parseDiagram(source: string): Promise<Verdict> {
	const { default: mermaid } = await import('mermaid');
	try {
		await mermaid.parse(source);
		return null;
	} catch (error) {
		// Some diagram types need a browser to be parsed; the build draws them and reports what fails there.
		if (!isParseError(error)) return null;
		const lines = source.split('\n').length;
		const line = Math.min(Math.max(error.hash.loc?.first_line ?? 1, 1), lines);
		return { line, reason: parseReason(error.message) };
	}
}

/**
 * Checks every mermaid block with mermaid's own parser, in Node, without a browser: a diagram that
 * does not parse is a content problem at its file and line, like any other. Parsing needs mermaid,
 * which takes seconds to load, so verdicts are kept in the content folder's cache by source and
 * mermaid is loaded only for a diagram not seen before.
 */
export async function diagramProblems(dir: string, diagrams: readonly PlacedDiagram[]): Promise<Problem[]> {
	if (diagrams.length === 0) return [];
	const file = path.join(contentCacheDir(dir), 'trailmap-diagram-check.json');
	const stored = await readFile(file, 'utf8').then(
		(text) => JSON.parse(text) as { mermaid: string; verdicts: Record<string, Verdict> },
		() => undefined,
	);
	const previous = stored?.mermaid === MERMAID_VERSION ? stored.verdicts : {};
	const verdicts: Record<string, Verdict> = {};
	const key = (source: string) => createHash('sha256').update(source).digest('hex');
	for (const { source } of diagrams) {
		const id = key(source);
		verdicts[id] ??= id in previous ? previous[id] : await parseDiagram(source);
	}
	if (Object.keys(verdicts).some((id) => !(id in previous))) {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, JSON.stringify({ mermaid: MERMAID_VERSION, verdicts }));
	}
	return diagrams.flatMap(({ file: where, line, source }) => {
		const verdict = verdicts[key(source)];
		if (!verdict) return [];
		return [
			{
				file: where,
				line: line + verdict.line - 1,
				column: 1,
				field: 'body',
				value: source.split('\n')[verdict.line - 1]?.trim() ?? '',
				message: `this mermaid diagram does not parse: ${verdict.reason}`,
				hint: 'fix the diagram at this line; the syntax of each diagram type is at https://mermaid.js.org/intro/syntax-reference.html',
			},
		];
	});
}
