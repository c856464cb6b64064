/** A path into a content entry's data, such as ["successMetrics", 0, "metric"]. */
export type FieldPath = readonly (string | number)[];

/** Line and column (both 1-based) of a field in its source file. */
export interface Position {
	line: number;
	column: number;
}

/** Finds where a field of an entry is written; for a missing field, where its parent is. */
export type Locate = (path: FieldPath) => Position;

/** One content problem a person can act on: where, which field, what value, what is wrong, how to fix it. */
export interface Problem {
	/** File path relative to the repository root, such as content/roadmap/dev-containers.yaml. */
	file: string;
	line: number;
	column: number;
	/** Field path inside the entry, such as personas[1]; empty for whole-file problems. */
	field: string;
	/** The offending value, when there is one. */
	value?: unknown;
	message: string;
	hint?: string;
	/** A warning reads like a problem but fails the check only when it is strict; a problem always fails it. */
	severity?: 'warning';
}

/** Formats a field path the way a reader writes it: successMetrics[0].metric. */
export function formatFieldPath(path: FieldPath): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** The value at `path` inside `data`, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: FieldPath): unknown {
	let current = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
}

function formatValue(value: unknown): string {
	// JSON has no NaN or Infinity: it would print them as null.
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field),
	);
}

/** Renders one problem as three short lines: where, what, and the hint. */
export function formatProblem(problem: Problem): string {
	const where = `${problem.file}:${problem.line}:${problem.column}${problem.severity === 'warning' ? ' (warning)' : ''}`;
	const field = problem.field ? `${problem.field}` : '(file)';
	const value = problem.value === undefined ? '' : ` = ${formatValue(problem.value)}`;
	const lines = [where, `  ${field}${value}: ${problem.message}`];
	if (problem.hint) lines.push(`  Hint: ${problem.hint}`);
	return lines.join('\n');
}

/** Renders a whole report, ending with a count line such as "*** Found 3 content problems in 2 files" (or "warnings"). */
export function formatReport(problems: readonly Problem[], kind: 'problem' | 'warning' = 'problem'): string {
	const sorted = sortProblems(problems);
	const files = new Set(sorted.map((problem) => problem.file)).size;
	const noun = sorted.length === 1 ? kind : `${kind}s`;
	const fileNoun = files === 1 ? 'file' : 'files';
	return [...sorted.map(formatProblem), `*** Found ${sorted.length} content ${noun} in ${files} ${fileNoun}`].join('\n\n');
}

/** GitHub Actions workflow commands, so each problem shows up on the pull request's diff. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
	// The escapes GitHub's runner reverses: % and line breaks in messages, and also , and : in properties.
	const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return sortProblems(problems)
		.map((problem) => {
			const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
			const properties = [
				`file=${escapeProperty(problem.file)}`,
				`line=${problem.line}`,
				`col=${problem.column}`,
				`title=${escapeProperty(problem.field || 'file')}`,
			];
			return `::${problem.severity === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${escapeData(problem.message + hint)}`;
		})
		.join('\n');
}
