import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { type CollectionName, type ContentSet, type Entry, emptyContentSet } from '../domain/content-set.ts';
import { checkIntegrity } from '../domain/integrity.ts';
import { type FieldPath, type Locate, type Problem, sortProblems } from '../domain/problem.ts';
import { unsafeBodyContent } from '../domain/body-safety.ts';
import { schemaProblems } from '../domain/schema-issues.ts';
import { AreaSchema } from '../schemas/area.ts';
import { IdSchema } from '../schemas/common.ts';
import { DecisionSchema } from '../schemas/decision.ts';
import { GuideSchema, OnboardingPathSchema } from '../schemas/guide.ts';
import { JourneySchema } from '../schemas/journey.ts';
import { MetricDefinitionSchema } from '../schemas/metric-definition.ts';
import { MetricSnapshotSchema } from '../schemas/metric-snapshot.ts';
import { PersonaSchema } from '../schemas/persona.ts';
import { RoadmapItemSchema } from '../schemas/roadmap-item.ts';
import { SiteSchema } from '../schemas/site.ts';
import { TeamSchema } from '../schemas/team.ts';
import { COLLECTION_FILES, classify } from './content-layout.ts';
import { filesUnder } from './files.ts';
import { type SourceFile, parseFrontmatterSource, parseSnapshotCsv, parseYamlSource } from './source-file.ts';

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

/** The files of a content folder; hidden files and folders (.DS_Store, .git) are not content. */
const contentFiles = (dir: string) => filesUnder(dir).filter((file) => !file.split('/').some((segment) => segment.startsWith('.')));

function displayPath(absolute: string): string {
	const relative = path.relative(process.cwd(), absolute);
	return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}

/** Parses a content file by its extension: CSV snapshot, MD/MDX front matter, or YAML/JSON. */
export function parseSource(text: string, relative: string, file: string): SourceFile {
	if (relative.endsWith('.csv')) return parseSnapshotCsv(text, file);
	if (/\.mdx?$/.test(relative)) return parseFrontmatterSource(text, file);
	return parseYamlSource(text, file);
}

const ENTRY_SCHEMAS = {
	personas: PersonaSchema,
	journeys: JourneySchema,
	roadmap: RoadmapItemSchema,
	decisions: DecisionSchema,
	guides: GuideSchema,
	snapshots: MetricSnapshotSchema,
} as const;

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

/** Unsafe links and active HTML in a body, as problems at their line in the file. */
function bodyProblems(body: string, bodyLine: number, file: string): Problem[] {
	return unsafeBodyContent(body).map(({ line, column, value, message, hint }) => ({
		file,
		line: bodyLine + line - 1,
		column,
		field: 'body',
		value,
		message,
		hint,
	}));
}

function markInvalid(content: ContentSet, name: CollectionName, id: string): void {
	(content.invalid[name] ??= new Set()).add(id);
}

const shifted =
	(locate: Locate, prefix: FieldPath): Locate =>
	(path) =>
		locate([...prefix, ...path]);

/** Reads every file of a content folder, validating each against its schema, and collects every problem. */
export async function readContent(dir: string): Promise<ContentReport> {
	const content = emptyContentSet();
	const problems: Problem[] = [];
	const files = contentFiles(dir);

	for (const [name, required] of Object.entries(COLLECTION_FILES)) {
		if (!files.includes(required)) {
			if (name !== 'site') content.unreadable.add(name as CollectionName);
			problems.push({
				file: displayPath(path.join(dir, required)),
				line: 1,
				column: 1,
				field: '',
				message: 'this file is missing',
				hint: 'every content folder needs it; copy it from the example content',
			});
		}
	}

	// Read every file at once: awaiting them one by one leaves the CPU idle for most of the check.
	const texts = await Promise.all(files.map((relative) => readFile(path.join(dir, relative), 'utf8')));
	for (const [index, relative] of files.entries()) {
		const file = displayPath(path.join(dir, relative));
		const kind = classify(relative);
		if (!kind) {
			problems.push({
				file,
				line: 1,
				column: 1,
				field: '',
				message: 'no collection reads this file, so it would never become a page',
				hint: 'check the folder and extension: personas/*.yaml, journeys/*.yaml, roadmap/*.{yaml,md,mdx}, decisions/NNNN-slug.{md,mdx}, guides/**/*.{md,mdx}, metrics/snapshots/*.{yaml,json,csv}',
			});
			continue;
		}
		const source = parseSource(texts[index], relative, file);
		problems.push(...source.errors);
		if (source.errors.length > 0) {
			if ('id' in kind) markInvalid(content, kind.kind, kind.id);
			else if (kind.kind !== 'site') content.unreadable.add(kind.kind);
			continue;
		}
		const { data, locate } = source;
		if (source.body !== undefined) problems.push(...bodyProblems(source.body, source.bodyLine ?? 1, file));

		if ('id' in kind) {
			const badSegment = kind.id.split('/').find((segment) => !IdSchema.safeParse(segment).success);
			if (badSegment !== undefined) {
				problems.push({
					file,
					line: 1,
					column: 1,
					field: '',
					value: badSegment,
					message: 'file names are ids, and ids are kebab-case',
					hint: `rename the file to ${badSegment
						.toLowerCase()
						.replace(/[^a-z0-9]+/g, '-')
						.replace(/^-|-$/g, '')}${path.extname(relative)}`,
				});
				continue;
			}
			const parsed = validate(ENTRY_SCHEMAS[kind.kind], data, file, locate, [], problems);
			if (parsed) (content[kind.kind] as Entry<unknown>[]).push({ id: kind.id, file, data: parsed, locate });
			else markInvalid(content, kind.kind, kind.id);
			continue;
		}

		switch (kind.kind) {
			case 'site': {
				const parsed = validate(SiteSchema, data, file, locate, [], problems);
				if (parsed) content.site = { id: 'site', file, data: parsed, locate };
				break;
			}
			case 'areas':
			case 'teams':
			case 'metrics': {
				const name = kind.kind;
				const schema = { areas: AreaSchema, teams: TeamSchema, metrics: MetricDefinitionSchema }[name];
				if (!Array.isArray(data)) {
					content.unreadable.add(name);
					problems.push({
						file,
						line: 1,
						column: 1,
						field: '',
						message: 'expected a YAML list of entries, each with an id',
						hint: 'start each entry with "- id: ..."',
					});
					break;
				}
				data.forEach((item: unknown, index) => {
					const parsed = validate(schema, item, file, locate, [index], problems);
					const id = (item as { id?: unknown } | null)?.id;
					if (parsed) (content[name] as Entry<unknown>[]).push({ id: parsed.id, file, data: parsed, locate: shifted(locate, [index]) });
					else if (typeof id === 'string') markInvalid(content, name, id);
				});
				break;
			}
			case 'paths': {
				if (data === null || typeof data !== 'object' || Array.isArray(data)) {
					content.unreadable.add('paths');
					problems.push({
						file,
						line: 1,
						column: 1,
						field: '',
						message: 'expected a map from persona id to an onboarding path',
						hint: 'start with "app-developer:" and indent title, intro and steps under it',
					});
					break;
				}
				for (const [persona, value] of Object.entries(data)) {
					const parsed = validate(OnboardingPathSchema, value, file, locate, [persona], problems);
					if (parsed) content.paths.push({ id: persona, file, data: parsed, locate: shifted(locate, [persona]) });
				}
				break;
			}
		}
	}
	return { content, problems, files };
}

/** Today's date as YYYY-MM-DD in UTC, the reference for "not in the future" rules. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Reads a content folder and runs every schema and integrity rule: what `content:check` and the build run. */
export async function checkContent(dir: string, date = today()): Promise<ContentReport> {
	const report = await readContent(dir);
	return { ...report, problems: sortProblems([...report.problems, ...checkIntegrity(report.content, date)]) };
}
