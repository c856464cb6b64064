import { didYouMean, listAllowed } from './nearest.ts';
import { type FieldPath, type Locate, type Problem, formatFieldPath, valueAt } from './problem.ts';

/** The parts of a zod 4 issue this module reads; kept structural so the domain stays free of zod. */
export interface SchemaIssue {
	readonly code?: string;
	readonly path: readonly PropertyKey[];
	readonly message: string;
	readonly expected?: string;
	readonly values?: readonly unknown[];
	readonly keys?: readonly string[];
	readonly errors?: readonly (readonly SchemaIssue[])[];
	readonly origin?: string;
	readonly minimum?: number | bigint;
	readonly maximum?: number | bigint;
	readonly inclusive?: boolean;
	readonly params?: { readonly hint?: string };
	/** The pattern a string failed to match, as /source/. */
	readonly pattern?: string;
}

/** Where the issues of one parsed document came from, and the field names its schema allows at a path. */
export interface IssueSource {
	file: string;
	data: unknown;
	locate: Locate;
	fieldNamesAt: (path: FieldPath) => readonly string[];
	/** What to write instead of a value that does not match a pattern, by the pattern. */
	patternHints?: ReadonlyMap<string, string>;
}

/** Where a reader finds every field of every content type. */
export const FIELD_REFERENCE = 'the field reference, /reference/fields/ on the site, lists every field';

/** How to write a value of each type in YAML, for a value of the wrong type. */
const TYPE_HINTS: Record<string, string> = {
	string: 'write it as text; put it in quotes if it starts with a special character',
	number: 'write a plain number, without quotes or units',
	array: 'write a list: [a, b] or one "- item" per line',
	object: 'indent the fields under it, one "name: value" per line',
	boolean: 'write true or false',
};

const describe = (value: unknown) =>
	value === null
		? 'null'
		: Array.isArray(value)
			? 'a list'
			: typeof value === 'number' && !Number.isFinite(value)
				? String(value)
				: typeof value;

/** The union branch that best explains a failure: one whose shape fits, then the one with fewest issues. */
function likeliestBranch(branches: readonly (readonly SchemaIssue[])[]): readonly SchemaIssue[] {
	const fitting = branches.filter((issues) => !issues.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0));
	const pool = fitting.length > 0 ? fitting : branches;
	return [...pool].sort((a, b) => a.length - b.length)[0] ?? [];
}

function flatten(issues: readonly SchemaIssue[], prefix: FieldPath = []): { issue: SchemaIssue; path: FieldPath }[] {
	return issues.flatMap((issue) => {
		const path = [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
		if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
			return flatten(likeliestBranch(issue.errors), path);
		}
		if (issue.code === 'unrecognized_keys' && issue.keys) {
			return issue.keys.map((key) => ({ issue, path: [...path, key] }));
		}
		return [{ issue, path }];
	});
}

function explain(issue: SchemaIssue, path: FieldPath, value: unknown, source: IssueSource): { message: string; hint?: string } {
	const field = path.at(-1);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return { message: 'this required field is missing', hint: `add ${String(field)}: to the entry` };
			return {
				message: `expected ${issue.expected}, found ${describe(value)}`,
				hint: TYPE_HINTS[issue.expected ?? ''] ?? `write a ${issue.expected}`,
			};
		case 'invalid_value': {
			const choices = (issue.values ?? []).map((choice) => JSON.stringify(choice));
			const match = typeof value === 'string' ? didYouMean(value, (issue.values ?? []).map(String)) : undefined;
			return {
				message: `expected one of ${choices.join(', ')}`,
				hint: match ?? `use one of the values listed, written exactly`,
			};
		}
		case 'unrecognized_keys': {
			// Only the fields allowed where it was written: a field of a nested object is no fix for a top-level typo.
			const allowed = source.fieldNamesAt(path.slice(0, -1));
			const name = String(field);
			return {
				message: `"${name}" is not a field ${path.length > 1 ? `of ${formatFieldPath(path.slice(0, -1))}` : 'of this entry'}`,
				hint:
					didYouMean(name, allowed) ??
					(allowed.length > 0 ? `remove it, or ${listAllowed(name, allowed, FIELD_REFERENCE)}` : `remove it; ${FIELD_REFERENCE}`),
			};
		}
		case 'too_small':
		case 'too_big': {
			const small = issue.code === 'too_small';
			const bound = Number(small ? issue.minimum : issue.maximum);
			if (issue.origin === 'array') {
				const items = `${bound} item${bound === 1 ? '' : 's'}`;
				return {
					message: `expected ${small ? 'at least' : 'at most'} ${items}`,
					hint: small ? `list at least ${items}` : `keep at most ${items}`,
				};
			}
			if (issue.origin === 'string') {
				return small
					? { message: 'expected some text', hint: 'write a value, or remove the field if it is optional' }
					: { message: `expected at most ${bound} characters`, hint: 'shorten it' };
			}
			const relation = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
			return { message: `expected ${relation} ${bound}`, hint: `change it to a number ${relation} ${bound}` };
		}
		default:
			return {
				message: issue.message.charAt(0).toLowerCase() + issue.message.slice(1),
				hint: issue.params?.hint ?? (issue.pattern && source.patternHints?.get(issue.pattern)) ?? FIELD_REFERENCE,
			};
	}
}

/** Turns schema validation issues into problems that point at the file, line, field and value. */
export function schemaProblems(issues: readonly SchemaIssue[], source: IssueSource, pathPrefix: FieldPath = []): Problem[] {
	return flatten(issues).map(({ issue, path }) => {
		const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(source.data, path);
		const { message, hint } = explain(issue, path, value, source);
		const { line, column } = source.locate([...pathPrefix, ...path]);
		return { file: source.file, line, column, field: formatFieldPath(path), value, message, hint };
	});
}
