import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { COLLECTION_FILES, ENTRY_FOLDERS, contentDir } from './lib/content-layout.ts';
import { snapshotLoader } from './loaders/snapshot-loader.ts';
import { siteLoader } from './loaders/site-loader.ts';
import { AreaSchema } from './schemas/area.ts';
import { DecisionSchema } from './schemas/decision.ts';
import { GuideFieldsSchema, OnboardingPathSchema } from './schemas/guide.ts';
import { JourneySchema } from './schemas/journey.ts';
import { MetricDefinitionSchema } from './schemas/metric-definition.ts';
import { MetricSnapshotSchema } from './schemas/metric-snapshot.ts';
import { PersonaSchema } from './schemas/persona.ts';
import { RoadmapItemSchema } from './schemas/roadmap-item.ts';
import { SiteSchema } from './schemas/site.ts';
import { TeamSchema } from './schemas/team.ts';

const dir = contentDir();
const inFolder = (folder: keyof typeof ENTRY_FOLDERS) =>
	glob({ base: `${dir}/${ENTRY_FOLDERS[folder].folder}`, pattern: ENTRY_FOLDERS[folder].pattern });
const listFile = (name: keyof typeof COLLECTION_FILES) => file(`${dir}/${COLLECTION_FILES[name]}`, { parser: parse });

export const collections = {
	docs: defineCollection({
		loader: glob({ base: dir, pattern: `${ENTRY_FOLDERS.guides.folder}/${ENTRY_FOLDERS.guides.pattern}` }),
		// StarlightPage checks every custom page's front matter against this schema too, so guide fields
		// are optional here; `content:check`, which runs before the build, requires them on guides.
		schema: docsSchema({ extend: GuideFieldsSchema.partial() }),
	}),
	site: defineCollection({ loader: siteLoader(`${dir}/${COLLECTION_FILES.site}`), schema: SiteSchema }),
	areas: defineCollection({ loader: listFile('areas'), schema: AreaSchema }),
	teams: defineCollection({ loader: listFile('teams'), schema: TeamSchema }),
	metrics: defineCollection({ loader: listFile('metrics'), schema: MetricDefinitionSchema }),
	paths: defineCollection({ loader: listFile('paths'), schema: OnboardingPathSchema }),
	personas: defineCollection({ loader: inFolder('personas'), schema: PersonaSchema }),
	journeys: defineCollection({ loader: inFolder('journeys'), schema: JourneySchema }),
	roadmap: defineCollection({ loader: inFolder('roadmap'), schema: RoadmapItemSchema }),
	decisions: defineCollection({ loader: inFolder('decisions'), schema: DecisionSchema }),
	snapshots: defineCollection({ loader: snapshotLoader(`${dir}/${ENTRY_FOLDERS.snapshots.folder}`), schema: MetricSnapshotSchema }),
};
