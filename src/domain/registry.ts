import path from 'node:path';
import type { z } from 'astro/zod';
import { AreaSchema } from '../schemas/area.ts';
import { DecisionSchema } from '../schemas/decision.ts';
import { GuideSchema, OnboardingPathSchema } from '../schemas/guide.ts';
import { JourneySchema } from '../schemas/journey.ts';
import { MetricDefinitionSchema } from '../schemas/metric-definition.ts';
import { MetricSnapshotSchema } from '../schemas/metric-snapshot.ts';
import { PersonaSchema } from '../schemas/persona.ts';
import { RoadmapItemSchema } from '../schemas/roadmap-item.ts';
import { SiteSchema } from '../schemas/site.ts';
import { TeamSchema } from '../schemas/team.ts';
import { nearest } from './nearest.ts';
import type { SiteContent } from './site-content.ts';
import { areaView } from './views/area.ts';
import { decisionView } from './views/decision.ts';
import { guideView } from './views/guide.ts';
import { startPathView } from './views/indexes.ts';
import { journeyView } from './views/journey.ts';
import { metricView } from './views/metric.ts';
import { personaView } from './views/persona.ts';
import { roadmapItemView } from './views/roadmap-item.ts';
import { teamView } from './views/team.ts';

/**
 * How a collection lies in the content folder:
 * - files: one entry per file under `folder` matching `pattern`, id = path without extension;
 * - list: one YAML file holding a list of entries, each with an `id` field;
 * - map: one YAML file mapping ids to entries;
 * - single: one YAML file that is the only entry.
 */
interface Common {
	schema: z.ZodType;
	/** What one entry is called in messages. */
	noun: string;
	/** Hint for a file of the wrong shape. */
	hint: string;
	/** The folder under which each entry gets a page; ENTRY_VIEWS names the view that page renders. */
	route?: string;
}
export type CollectionSpec = Common &
	(
		| {
				shape: 'files';
				folder: string;
				pattern: string;
				/** Images that may sit beside the entries, which show them with relative links such as ![](images/flow.png). */
				images?: string;
		  }
		| { shape: 'list' | 'map' | 'single'; file: string }
	);

/**
 * Every content collection, named once: where its files are, their schema, what one entry is called
 * in messages, and the route its entries get a page under. The content reader, `content.config.ts`,
 * the check, the site model, the generator and the tests all read this, so none of them lists
 * collections of its own.
 */
export const REGISTRY = {
	site: {
		shape: 'single',
		file: 'site.yaml',
		schema: SiteSchema,
		noun: 'site settings',
		hint: 'name, repoUrl, feedbackUrl, reviewCadence',
	},
	areas: { shape: 'list', file: 'areas.yaml', schema: AreaSchema, noun: 'area', route: 'areas', hint: 'start each entry with "- id: ..."' },
	teams: { shape: 'list', file: 'teams.yaml', schema: TeamSchema, noun: 'team', route: 'teams', hint: 'start each entry with "- id: ..."' },
	metrics: {
		shape: 'list',
		file: 'metrics/definitions.yaml',
		schema: MetricDefinitionSchema,
		noun: 'metric',
		route: 'metrics',
		hint: 'start each entry with "- id: ..."',
	},
	paths: {
		shape: 'map',
		file: 'guides/paths.yaml',
		schema: OnboardingPathSchema,
		noun: 'onboarding path',
		route: 'start',
		hint: 'start with "app-developer:" and indent title, intro and steps under it',
	},
	personas: {
		shape: 'files',
		folder: 'personas',
		pattern: '*.yaml',
		schema: PersonaSchema,
		noun: 'persona',
		route: 'personas',
		hint: '',
	},
	journeys: {
		shape: 'files',
		folder: 'journeys',
		pattern: '*.yaml',
		schema: JourneySchema,
		noun: 'journey',
		route: 'journeys',
		hint: '',
	},
	roadmap: {
		shape: 'files',
		folder: 'roadmap',
		pattern: '*.{yaml,md,mdx}',
		schema: RoadmapItemSchema,
		noun: 'roadmap item',
		route: 'roadmap',
		hint: '',
	},
	decisions: {
		shape: 'files',
		folder: 'decisions',
		pattern: '*.{md,mdx}',
		images: '**/*.{png,jpg,jpeg,gif,svg,webp,avif}',
		schema: DecisionSchema,
		noun: 'decision record',
		route: 'decisions',
		hint: '',
	},
	guides: {
		shape: 'files',
		folder: 'guides',
		pattern: '**/*.{md,mdx}',
		schema: GuideSchema,
		noun: 'guide',
		route: 'guides',
		hint: '',
	},
	snapshots: {
		shape: 'files',
		folder: 'metrics/snapshots',
		pattern: '*.{yaml,json,csv}',
		schema: MetricSnapshotSchema,
		noun: 'metric snapshot',
		hint: '',
	},
} as const satisfies Record<string, CollectionSpec>;

export type Registry = typeof REGISTRY;
export type CollectionName = keyof Registry;
/** Collections with one entry per file. */
export type FileCollection = { [K in CollectionName]: Registry[K]['shape'] extends 'files' ? K : never }[CollectionName];
/** Collections held in one file. */
export type SingleFileCollection = Exclude<CollectionName, FileCollection>;
/** The parsed data of one entry of a collection. */
export type EntryData<K extends CollectionName> = z.output<Registry[K]['schema']>;

export const COLLECTION_NAMES = Object.keys(REGISTRY) as CollectionName[];

const isFileCollection = (name: CollectionName): name is FileCollection => REGISTRY[name].shape === 'files';
export const FILE_COLLECTIONS = COLLECTION_NAMES.filter(isFileCollection);
export const SINGLE_FILE_COLLECTIONS = COLLECTION_NAMES.filter((name): name is SingleFileCollection => !isFileCollection(name));

/** The file of a collection held in one file. */
export const collectionFile = (name: SingleFileCollection): string => REGISTRY[name].file;

/** Where each kind of entry file goes, for the hint on a file no collection reads. */
export const LAYOUT_HINT = FILE_COLLECTIONS.map((name) => `${REGISTRY[name].folder}/${REGISTRY[name].pattern}`).join(', ');

/** What a file (path relative to the content folder, forward slashes) holds, or undefined when nothing reads it. */
export function classify(relative: string): { kind: FileCollection; id: string } | { kind: SingleFileCollection } | undefined {
	for (const name of SINGLE_FILE_COLLECTIONS) if (relative === collectionFile(name)) return { kind: name };
	for (const name of FILE_COLLECTIONS) {
		const { folder, pattern } = REGISTRY[name];
		if (path.posix.matchesGlob(relative, `${folder}/${pattern}`)) {
			return { kind: name, id: relative.slice(folder.length + 1).replace(/\.[^./]+$/, '') };
		}
	}
	return undefined;
}

/** True for an image beside the entries of a collection that allows them; it is no entry, and pages show it where a body links it. */
export function isEntryImage(relative: string): boolean {
	return FILE_COLLECTIONS.some((name) => {
		const spec: CollectionSpec = REGISTRY[name];
		return spec.shape === 'files' && spec.images !== undefined && path.posix.matchesGlob(relative, `${spec.folder}/${spec.images}`);
	});
}

/** The extensions a collection's pattern allows, such as ["yaml", "md", "mdx"] for `*.{yaml,md,mdx}`. */
export function patternExtensions(name: FileCollection): string[] {
	const tail = REGISTRY[name].pattern.split('.').slice(1).join('.');
	return tail.replace(/^\{|\}$/g, '').split(',');
}

/** Extensions a content file may be written in by mistake, with the one it should have. */
const READABLE_EXTENSIONS: Record<string, string> = {
	yaml: 'yaml',
	yml: 'yaml',
	json: 'json',
	csv: 'csv',
	md: 'md',
	markdown: 'md',
	mdx: 'mdx',
};

/**
 * The collection a file that no collection reads was most likely meant for, so its fields can still be
 * checked in the same run: the collection whose folder holds it or is a typo of its folder
 * (`decision/` for `decisions/`), when the file is YAML, JSON, CSV or Markdown. `expected` is where
 * it belongs; `readAs` is its path with the extension its parser knows (`.yml` read as `.yaml`).
 */
export function likelyCollection(relative: string): { kind: FileCollection; id: string; expected: string; readAs: string } | undefined {
	const segments = relative.split('/');
	const extension = path.posix.extname(relative).slice(1).toLowerCase();
	const readable = READABLE_EXTENSIONS[extension];
	if (!readable) return undefined;
	const byDepth = [...FILE_COLLECTIONS].sort((a, b) => REGISTRY[b].folder.length - REGISTRY[a].folder.length);
	const inFolder = (name: FileCollection) => {
		const depth = REGISTRY[name].folder.split('/').length;
		return segments.length > depth && segments.slice(0, depth).join('/');
	};
	const kind =
		byDepth.find((name) => inFolder(name) === REGISTRY[name].folder) ??
		byDepth.find((name) => {
			const folder = inFolder(name);
			return folder !== false && nearest(folder, [REGISTRY[name].folder]) !== undefined;
		});
	if (!kind) return undefined;
	const { folder, pattern } = REGISTRY[kind];
	// Collections whose pattern has no "**" take files directly in their folder.
	const rest = pattern.startsWith('**') ? segments.slice(folder.split('/').length).join('/') : segments.at(-1)!;
	const id = rest.slice(0, rest.length - extension.length - 1);
	const allowed = patternExtensions(kind);
	const expected = `${folder}/${id}.${allowed.includes(readable) ? readable : allowed[0]}`;
	return { kind, id, expected, readAs: `${folder}/${id}.${readable}` };
}

/** The site-relative path of an entry's page, without the base; undefined for collections without pages. */
export function entryRoute(name: CollectionName, id: string): string | undefined {
	const spec: CollectionSpec = REGISTRY[name];
	return spec.route === undefined ? undefined : `/${spec.route}/${id}/`;
}

/**
 * The view each entry page renders, by collection: everything the page shows, computed from the
 * site content alone. Kept beside REGISTRY rather than in it because views take the content that
 * REGISTRY's schemas type.
 */
export const ENTRY_VIEWS = {
	metrics: metricView,
	paths: startPathView,
	personas: personaView,
	journeys: journeyView,
	roadmap: roadmapItemView,
	decisions: decisionView,
	guides: guideView,
	teams: teamView,
	areas: areaView,
} satisfies { [K in CollectionName]?: (content: SiteContent, id: string, source?: string) => unknown };

/** Collections whose entries each get a page. */
export type PagedCollection = keyof typeof ENTRY_VIEWS;
/** The view of an entry page of a collection. */
export type EntryView<K extends PagedCollection> = ReturnType<(typeof ENTRY_VIEWS)[K]>;
