import path from 'node:path';
import type { z } from 'astro/zod';
import { type ContentSet, type Entry, emptyContentSet } from '../domain/content-set.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { contentWarnings } from '../domain/warnings.ts';
import { isShallowClone } from './roadmap-history.ts';
import { type FieldPath, type Locate, type Problem, sortProblems } from '../domain/problem.ts';
import { type CheckBodyOptions, checkBody } from '../domain/body-safety.ts';
import { isSiteRelative } from '../domain/safe-url.ts';
import { type BodyCheckCache, openBodyCheckCache } from './body-check-cache.ts';
import { type PlacedDecisionRef, type PlacedLink, brokenLinks, unknownDecisionRefs } from '../domain/body-links.ts';
import {
	LAYOUT_HINT,
	REGISTRY,
	SINGLE_FILE_COLLECTIONS,
	classify,
	collectionFile,
	isEntryImage,
	likelyCollection,
} from '../domain/registry.ts';
import { type PlacedDiagram, diagramProblems } from './diagram-check.ts';
import { schemaProblems } from '../domain/schema-issues.ts';
import { IdSchema, PATTERN_HINTS } from '../schemas/common.ts';
import { listContentFiles, readContentFile } from './content-files.ts';
import { displayPath } from './display-path.ts';
import { readSiteSettings, siteBase } from './site-settings.ts';
import { siteRoutes } from './site-routes.ts';
import { entryIdClashes } from '../domain/entry-ids.ts';
import { parseSource } from './parse-source.ts';
import { fieldNamesAt } from './schema-fields.ts';
import type { RemoteSnapshots } from './metrics-endpoint.ts';
import type { SourceFile } from './source-file.ts';

type AnySchema = z.ZodType;

/** Reads and validates one content folder; the integrity rules then run on what is valid. */
export interface ContentReport {
	content: ContentSet;
	problems: Problem[];
	/** Every file read, relative to the content folder. */
	files: string[];
	/** What would mislead readers though the content is valid; fails the check only with --strict. */
	warnings?: Problem[];
}

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
	problems.push(
		...schemaProblems(
			result.error.issues,
			{ file, data, locate, fieldNamesAt: (path) => fieldNamesAt(schema, path), patternHints: PATTERN_HINTS },
			prefix,
		),
	);
	return undefined;
}

/**
 * What a body may not carry, and the images beside its file that are not there (the build would stop
 * on them), as problems at their line in the file; and its links to this site and decision references, placed likewise.
 */
function judgeBody(
	source: { body: string; bodyLine?: number },
	file: string,
	options: CheckBodyOptions,
	bodies: BodyCheckCache,
	hasImage: (url: string) => boolean,
): { problems: Problem[]; links: PlacedLink[]; decisionRefs: PlacedDecisionRef[]; diagrams: PlacedDiagram[] } {
	const { findings, links, decisionRefs, diagrams } = bodies.check(source.body, options);
	const lineInFile = (line: number) => (source.bodyLine ?? 1) + line - 1;
	const missing = links.filter(({ url }) => !isSiteRelative(url) && !hasImage(url));
	return {
		problems: [
			...findings.map(({ line, column, value, message, hint }) => ({
				file,
				line: lineInFile(line),
				column,
				field: 'body',
				value,
				message,
				hint,
			})),
			...missing.map(({ line, column, url }) => ({
				file,
				line: lineInFile(line),
				column,
				field: 'body',
				value: url,
				message: 'no image is at this path beside the file',
				hint: 'copy the image next to the file (decision records may keep images beside them), or correct the path',
			})),
		],
		links: links.filter(({ url }) => isSiteRelative(url)).map(({ line, column, url }) => ({ file, line: lineInFile(line), column, url })),
		decisionRefs: decisionRefs.map(({ line, column, text, number }) => ({ file, line: lineInFile(line), column, text, number })),
		diagrams: diagrams.map(({ line, source: diagram }) => ({ file, line: lineInFile(line), source: diagram })),
	};
}

/** Whether an image URL written in the file at `relative` names a file of the content folder. */
function imageBeside(relative: string, files: ReadonlySet<string>): (url: string) => boolean {
	return (url) => {
		try {
			return files.has(path.posix.join(path.posix.dirname(relative), decodeURIComponent(url.split(/[?#]/)[0])));
		} catch {
			return false;
		}
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
	/** The content folder whose cache keeps them, when `dir` is a copy of it checked in its place. */
	bodyChecksOf?: string;
	/** Judge bodies through this cache instead, for a caller that checks many copies of one content folder. */
	bodyChecks?: BodyCheckCache;
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
	const decisionRefs: PlacedDecisionRef[] = [];
	const diagrams: PlacedDiagram[] = [];
	const bodies =
		options.bodyChecks ?? (options.keepBodyChecks ? await openBodyCheckCache(options.bodyChecksOf ?? dir) : uncachedBodyChecks);
	const listing = listContentFiles(dir);
	const { files } = listing;
	const fileSet = new Set(files);
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
	for (const [index, { relative, kind: classified }] of kinds.entries()) {
		const file = display(relative);
		// A file in the wrong place or with the wrong extension is still checked as what it was meant to be, so one run shows all its problems.
		const likely = classified ? undefined : likelyCollection(relative);
		const kind = classified ?? likely;
		if (!kind) {
			if (isEntryImage(relative)) continue;
			problems.push(
				fileProblem(
					file,
					'no collection reads this file, so it would never become a page',
					`check the folder and extension: ${LAYOUT_HINT}`,
				),
			);
			continue;
		}
		if (likely) {
			problems.push(
				fileProblem(
					file,
					`no collection reads this file; it looks like a ${REGISTRY[likely.kind].noun}, checked below as one`,
					`move or rename it to ${likely.expected}`,
				),
			);
		}
		const markBroken = () => {
			if ('id' in kind) (content.invalid[kind.kind] ??= new Set()).add(kind.id);
			else if (kind.kind !== 'site') content.unreadable.add(kind.kind);
		};
		// A bad file name, bad syntax, bad fields and a bad body are independent: report them all at once.
		const nameProblem = 'id' in kind ? fileNameProblem(file, kind.id, path.extname(likely?.expected ?? relative)) : undefined;
		if (nameProblem) problems.push(nameProblem);
		const { text, errors } = texts[index];
		problems.push(...errors);
		if (text === undefined) {
			markBroken();
			continue;
		}
		const source = parseSource(text, likely?.readAs ?? relative, file);
		problems.push(...source.errors);
		if (source.body !== undefined) {
			const format = relative.endsWith('.mdx') ? 'mdx' : 'md';
			const body = judgeBody(
				{ body: source.body, bodyLine: source.bodyLine },
				file,
				{ format, trustedMdx },
				bodies,
				imageBeside(relative, fileSet),
			);
			problems.push(...body.problems);
			links.push(...body.links);
			decisionRefs.push(...body.decisionRefs);
			diagrams.push(...body.diagrams);
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
		if (parsed && !likely && !nameProblem && source.errors.length === 0) {
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
	problems.push(
		...unknownDecisionRefs(decisionRefs, [...content.decisions.map((entry) => entry.id), ...(content.invalid.decisions ?? [])]),
	);
	problems.push(...(await diagramProblems(dir, diagrams)));
	await bodies.save();
	return { content, problems, files };
}

/** Today's date as YYYY-MM-DD in UTC, the reference for "not in the future" rules. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Reads a content folder and runs every schema and integrity rule, and the warnings: what `content:check` and the build run. */
export async function checkContent(
	dir: string,
	date = today(),
	options: ReadOptions = {},
): Promise<ContentReport & { warnings: Problem[] }> {
	const report = await readContent(dir, options);
	const history = historyWarning(dir);
	return {
		...report,
		problems: sortProblems([...report.problems, ...checkIntegrity(report.content, date)]),
		warnings: sortProblems([...contentWarnings(report.content, date), ...(history ? [history] : [])]),
	};
}

/** A warning when the roadmap's history cannot be read from git because the clone is shallow. */
function historyWarning(dir: string): Problem | undefined {
	const folder = path.join(dir, REGISTRY.roadmap.folder);
	if (!isShallowClone(folder)) return undefined;
	return {
		file: displayPath(folder),
		line: 1,
		column: 1,
		field: '',
		message: 'this clone is shallow, so roadmap item pages show no history (entries, moves, slips) rather than a wrong one',
		hint: 'fetch the whole history: git fetch --unshallow, or fetch-depth: 0 in actions/checkout',
		severity: 'warning',
	};
}
