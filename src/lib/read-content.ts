import path from 'node:path';
import type { z } from 'astro/zod';
import { type ContentSet, type Entry, emptyContentSet } from '../domain/content-set.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { type FieldPath, type Locate, type Problem, sortProblems } from '../domain/problem.ts';
import { type CheckBodyOptions, checkBody } from '../domain/body-safety.ts';
import { type BodyCheckCache, openBodyCheckCache } from './body-check-cache.ts';
import { type PlacedLink, brokenLinks } from '../domain/body-links.ts';
import { LAYOUT_HINT, REGISTRY, SINGLE_FILE_COLLECTIONS, classify, collectionFile } from '../domain/registry.ts';
import { schemaProblems } from '../domain/schema-issues.ts';
import { IdSchema } from '../schemas/common.ts';
import { listContentFiles, readContentFile } from './content-files.ts';
import { displayPath } from './display-path.ts';
import { readSiteSettings, siteBase } from './site-settings.ts';
import { siteRoutes } from './site-routes.ts';
import { entryIdClashes } from '../domain/entry-ids.ts';
import { parseSource } from './parse-source.ts';
import type { RemoteSnapshots } from './metrics-endpoint.ts';
import type { SourceFile } from './source-file.ts';

type AnySchema = z.ZodType;

/** Every object key a schema knows, at any depth, for "did you mean" hints on unknown fields. */
export function fieldNames(schema: AnySchema): string[] {
	const names = new Set<string>();
	const visit = (node: AnySchema) => {
		const def = node._zod.def as unknown as Record<string, unknown> & { type: string };
		const children: unknown[] = [];
		if (def.type === 'object') {
			const shape = def.shape as Record<string, AnySchema>;
			for (const [key, child] of Object.entries(shape)) {
				names.add(key);
				children.push(child);
			}
		}
		for (const key of ['innerType', 'element', 'valueType', 'in', 'out']) if (def[key]) children.push(def[key]);
		if (Array.isArray(def.options)) children.push(...(def.options as unknown[]));
		for (const child of children) visit(child as AnySchema);
	};
	visit(schema);
	return [...names];
}

/** Reads and validates one content folder; the integrity rules then run on what is valid. */
export interface ContentReport {
	content: ContentSet;
	problems: Problem[];
	/** Every file read, relative to the content folder. */
	files: string[];
}

const NAMES = new Map<AnySchema, string[]>();
const namesOf = (schema: AnySchema) => NAMES.get(schema) ?? NAMES.set(schema, fieldNames(schema)).get(schema)!;

/** Validates `data` against `schema`; returns the parsed value, or records problems and returns undefined. */
function validate<S extends AnySchema>(
	schema: S,
	data: unknown,
	file: string,
	locate: Locate,
	prefix: FieldPath,
	problems: Problem[],
): z.output<S> | undefined {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	problems.push(...schemaProblems(result.error.issues, { file, data, locate, fieldNames: namesOf(schema) }, prefix));
	return undefined;
}

/** What a body may not carry, as problems at their line in the file; and its links to this site, placed likewise. */
function judgeBody(
	source: { body: string; bodyLine?: number },
	file: string,
	options: CheckBodyOptions,
	bodies: BodyCheckCache,
): { problems: Problem[]; links: PlacedLink[] } {
	const { findings, links } = bodies.check(source.body, options);
	const lineInFile = (line: number) => (source.bodyLine ?? 1) + line - 1;
	return {
		problems: findings.map(({ line, column, value, message, hint }) => ({
			file,
			line: lineInFile(line),
			column,
			field: 'body',
			value,
			message,
			hint,
		})),
		links: links.map(({ line, column, url }) => ({ file, line: lineInFile(line), column, url })),
	};
}

const shifted =
	(locate: Locate, prefix: FieldPath): Locate =>
	(path) =>
		locate([...prefix, ...path]);

/** True for a schema of a list, however wrapped in optional or default. */
function isListSchema(schema: AnySchema): boolean {
	const def = schema._zod.def as unknown as { type: string; innerType?: AnySchema };
	return def.type === 'array' || (def.innerType !== undefined && isListSchema(def.innerType));
}

/**
 * What can be read of an entry that failed its schema: each field that passes on its own, and for the
 * rest the field's default or an empty list or map, so its references can still be checked.
 */
function salvage(schema: AnySchema, data: unknown): unknown {
	const shape = (schema as unknown as { shape?: Record<string, AnySchema> }).shape;
	if (!shape || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
	const fields = data as Record<string, unknown>;
	const salvaged: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(shape)) {
		const fallback = [fields[key], undefined, [], {}].map((candidate) => field.safeParse(candidate)).find((result) => result.success);
		// A list that fails as a whole (too short, say) is still a list to the reference checks.
		salvaged[key] = fallback ? fallback.data : Array.isArray(fields[key]) || isListSchema(field) ? [] : undefined;
	}
	return salvaged;
}

/** A problem with a whole file, at its first line. */
const fileProblem = (file: string, message: string, hint: string, value?: unknown): Problem => ({
	file,
	line: 1,
	column: 1,
	field: '',
	value,
	message,
	hint,
});

/** The file-name problem of an entry file, if its id is not kebab-case. */
function fileNameProblem(file: string, id: string, extension: string): Problem | undefined {
	const badSegment = id.split('/').find((segment) => !IdSchema.safeParse(segment).success);
	if (badSegment === undefined) return undefined;
	const kebab = badSegment
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return fileProblem(file, 'file names are ids, and ids are kebab-case', `rename the file to ${kebab}${extension}`, badSegment);
}

/** Adds the entries of a collection held in one file (a list, a map or the site settings). */
function readSingleFile(
	name: (typeof SINGLE_FILE_COLLECTIONS)[number],
	source: SourceFile,
	file: string,
	content: ContentSet,
	problems: Problem[],
): void {
	const spec = REGISTRY[name];
	const { data, locate } = source;
	if (name === 'site') {
		const parsed = validate(REGISTRY.site.schema, data, file, locate, [], problems);
		if (parsed) content.site = { id: 'site', file, data: parsed, locate };
		return;
	}
	const entries = content[name] as Entry<unknown>[];
	const add = (item: unknown, key: string | number, id: unknown) => {
		const parsed = validate(spec.schema, item, file, locate, [key], problems);
		if (parsed)
			entries.push({
				id: spec.shape === 'map' ? String(key) : (parsed as { id: string }).id,
				file,
				data: parsed,
				locate: shifted(locate, [key]),
			});
		else if (typeof id === 'string') (content.invalid[name] ??= new Set()).add(id);
	};
	if (spec.shape === 'list') {
		if (!Array.isArray(data)) {
			content.unreadable.add(name);
			problems.push(fileProblem(file, 'expected a YAML list of entries, each with an id', spec.hint));
			return;
		}
		data.forEach((item: unknown, index) => add(item, index, (item as { id?: unknown } | null)?.id));
		return;
	}
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		content.unreadable.add(name);
		problems.push(fileProblem(file, `expected a map from id to ${spec.noun}`, spec.hint));
		return;
	}
	for (const [key, value] of Object.entries(data)) add(value, key, key);
}

export interface ReadOptions {
	/** Keep body check results in the content folder's cache between runs, as the CLI and the build do. */
	keepBodyChecks?: boolean;
	/** Snapshots fetched from TRAILMAP_METRICS_URL, checked by the same rules as the snapshot files. */
	remoteSnapshots?: RemoteSnapshots;
}

const uncachedBodyChecks: BodyCheckCache = { check: checkBody, save: () => Promise.resolve() };

/** Reads every file of a content folder, validating each against its schema, and collects every problem. */
export async function readContent(dir: string, options: ReadOptions = {}): Promise<ContentReport> {
	const content = emptyContentSet();
	// Bodies are judged by the site's MDX setting, so it is read before them.
	const { trustedMdx = false } = readSiteSettings(dir);
	const links: PlacedLink[] = [];
	const bodies = options.keepBodyChecks ? await openBodyCheckCache(dir) : uncachedBodyChecks;
	const listing = listContentFiles(dir);
	const { files } = listing;
	const problems: Problem[] = [...listing.problems];
	const display = (relative: string) => displayPath(path.join(dir, relative));
	// A folder that is no content folder is the one problem worth reporting.
	if (files.length === 0 && problems.length > 0) return { content, problems, files };

	for (const name of SINGLE_FILE_COLLECTIONS) {
		if (files.includes(collectionFile(name))) continue;
		if (name !== 'site') content.unreadable.add(name);
		problems.push(
			fileProblem(display(collectionFile(name)), 'this file is missing', 'every content folder needs it; copy it from the example content'),
		);
	}

	const kinds = files.map((relative) => ({ relative, kind: classify(relative) }));
	problems.push(
		...entryIdClashes(
			kinds.flatMap(({ relative, kind }) => (kind && 'id' in kind ? [{ relative, kind: kind.kind, id: kind.id }] : [])),
			display,
		),
	);

	// Read every file at once: awaiting them one by one leaves the CPU idle for most of the check.
	const texts = await Promise.all(files.map((relative) => readContentFile(path.join(dir, relative), display(relative))));
	for (const [index, { relative, kind }] of kinds.entries()) {
		const file = display(relative);
		if (!kind) {
			problems.push(
				fileProblem(
					file,
					'no collection reads this file, so it would never become a page',
					`check the folder and extension: ${LAYOUT_HINT}`,
				),
			);
			continue;
		}
		const markBroken = () => {
			if ('id' in kind) (content.invalid[kind.kind] ??= new Set()).add(kind.id);
			else if (kind.kind !== 'site') content.unreadable.add(kind.kind);
		};
		// A bad file name, bad syntax, bad fields and a bad body are independent: report them all at once.
		const nameProblem = 'id' in kind ? fileNameProblem(file, kind.id, path.extname(relative)) : undefined;
		if (nameProblem) problems.push(nameProblem);
		const { text, errors } = texts[index];
		problems.push(...errors);
		if (text === undefined) {
			markBroken();
			continue;
		}
		const source = parseSource(text, relative, file);
		problems.push(...source.errors);
		if (source.body !== undefined) {
			const format = relative.endsWith('.mdx') ? 'mdx' : 'md';
			const body = judgeBody({ body: source.body, bodyLine: source.bodyLine }, file, { format, trustedMdx }, bodies);
			problems.push(...body.problems);
			links.push(...body.links);
		}
		if (source.data === undefined) {
			markBroken();
			continue;
		}
		if (!('id' in kind)) {
			readSingleFile(kind.kind, source, file, content, problems);
			continue;
		}
		const parsed = validate(REGISTRY[kind.kind].schema, source.data, file, source.locate, [], problems);
		// An entry whose file has any problem still counts as existing, so references to it are not reported again.
		if (parsed && !nameProblem && source.errors.length === 0) {
			(content[kind.kind] as Entry<unknown>[]).push({ id: kind.id, file, data: parsed, locate: source.locate });
		} else {
			markBroken();
			const salvaged = salvage(REGISTRY[kind.kind].schema, source.data);
			if (salvaged)
				(content.salvaged[kind.kind] ??= [] as never[]).push({ id: kind.id, file, data: salvaged as never, locate: source.locate });
		}
	}
	if (options.remoteSnapshots) {
		content.snapshots.push(...options.remoteSnapshots.entries);
		problems.push(...options.remoteSnapshots.problems);
	}
	problems.push(...brokenLinks(links, siteRoutes(content), siteBase()));
	await bodies.save();
	return { content, problems, files };
}

/** Today's date as YYYY-MM-DD in UTC, the reference for "not in the future" rules. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Reads a content folder and runs every schema and integrity rule: what `content:check` and the build run. */
export async function checkContent(dir: string, date = today(), options: ReadOptions = {}): Promise<ContentReport> {
	const report = await readContent(dir, options);
	return { ...report, problems: sortProblems([...report.problems, ...checkIntegrity(report.content, date)]) };
}
