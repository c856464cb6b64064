import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { AreaSchema } from '../../src/schemas/area.ts';
import { DecisionSchema } from '../../src/schemas/decision.ts';
import { GuideSchema, OnboardingPathSchema } from '../../src/schemas/guide.ts';
import { JourneySchema } from '../../src/schemas/journey.ts';
import { MetricDefinitionSchema } from '../../src/schemas/metric-definition.ts';
import { MetricSnapshotSchema } from '../../src/schemas/metric-snapshot.ts';
import { PersonaSchema } from '../../src/schemas/persona.ts';
import { RoadmapItemSchema } from '../../src/schemas/roadmap-item.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { TeamSchema } from '../../src/schemas/team.ts';
import { FIXTURE } from './fixture.ts';

const read = (file: string) => {
	const text = readFileSync(path.join(FIXTURE, file), 'utf8');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
	return parse(frontmatter ? frontmatter[1] : text);
};

/** The first issue's path and message, for compact assertions. */
function firstIssue(schema: z.ZodType, data: unknown): { path: string; message: string } | undefined {
	const result = schema.safeParse(data);
	if (result.success) return undefined;
	const [issue] = result.error.issues;
	return { path: issue.path.join('.'), message: issue.message };
}

/** Each schema with a valid fixture and invalid variants: [label, change, path of the first issue]. */
const CASES: [string, z.ZodType, unknown, [string, (data: any) => void, string][]][] = [
	[
		'site',
		SiteSchema,
		read('site.yaml'),
		[
			['a javascript: repo URL', (d) => (d.repoUrl = 'javascript:alert(1)'), 'repoUrl'],
			['an unknown cadence', (d) => (d.reviewCadence = 'daily'), 'reviewCadence'],
		],
	],
	[
		'area',
		AreaSchema,
		read('areas.yaml')[0],
		[
			['an id with spaces', (d) => (d.id = 'CI CD'), 'id'],
			['no description', (d) => delete d.description, 'description'],
		],
	],
	[
		'team',
		TeamSchema,
		read('teams.yaml')[0],
		[
			['an unknown team type', (d) => (d.type = 'squad'), 'type'],
			['a data: contact URL', (d) => (d.contact = 'data:text/html,hi'), 'contact'],
		],
	],
	[
		'persona',
		PersonaSchema,
		read('personas/app-developer.yaml'),
		[
			['a need without priority', (d) => delete d.needs[0].priority, 'needs.0.priority'],
			['a negative population', (d) => (d.population = -1), 'population'],
			['an unknown field', (d) => (d.hobbies = []), ''],
		],
	],
	[
		'journey',
		JourneySchema,
		read('journeys/first-service.yaml'),
		[
			['emotion 6', (d) => (d.stages[0].steps[0].emotion = 6), 'stages.0.steps.0.emotion'],
			['an unknown pain severity', (d) => (d.stages[0].steps[0].pains[0].severity = 'huge'), 'stages.0.steps.0.pains.0.severity'],
			['a stage without steps', (d) => (d.stages[1].steps = []), 'stages.1.steps'],
		],
	],
	[
		'roadmap item',
		RoadmapItemSchema,
		read('roadmap/namespace-self-service.yaml'),
		[
			['an unknown horizon', (d) => (d.horizon = 'soon'), 'horizon'],
			['a target window that is not a quarter', (d) => (d.targetWindow = '2027-05'), 'targetWindow'],
			['RICE impact off the scale', (d) => (d.priority.rice.impact = 4), 'priority.rice.impact'],
			['two priority models', (d) => (d.priority.ice = { impact: 5, confidence: 5, ease: 5 }), 'priority'],
			['a javascript: feedback URL', (d) => (d.feedbackUrl = 'javascript:alert(1)'), 'feedbackUrl'],
			['a protocol-relative feedback URL', (d) => (d.feedbackUrl = '//evil.example/x'), 'feedbackUrl'],
			['no owner', (d) => delete d.owner, 'owner'],
			['an impossible review date', (d) => (d.lastReviewed = '2026-02-30'), 'lastReviewed'],
		],
	],
	[
		'decision',
		DecisionSchema,
		read('decisions/0002-golden-path-templates.mdx'),
		[
			['an unknown status', (d) => (d.status = 'draft'), 'status'],
			['a date in another format', (d) => (d.date = '16/09/2025'), 'date'],
			['superseded-by typed by hand', (d) => (d['superseded-by'] = ['ADR-0003']), ''],
		],
	],
	[
		'guide',
		GuideSchema,
		read('guides/basics/setup.mdx'),
		[
			['no minutes', (d) => delete d.minutes, 'minutes'],
			['no outcome', (d) => delete d.outcome, 'outcome'],
		],
	],
	['onboarding path', OnboardingPathSchema, read('guides/paths.yaml')['app-developer'], [['no steps', (d) => (d.steps = []), 'steps']]],
	[
		'metric definition',
		MetricDefinitionSchema,
		read('metrics/definitions.yaml')[2],
		[
			['an unknown category', (d) => (d.category = 'speed'), 'category'],
			['an unknown unit', (d) => (d.unit = 'parsecs'), 'unit'],
			['bands without a year', (d) => delete d.bands.year, 'bands.year'],
		],
	],
	[
		'metric snapshot',
		MetricSnapshotSchema,
		read('metrics/snapshots/2026-01-31.yaml'),
		[
			['a value that is not a number', (d) => (d.values['onboarding-days'] = 'nine'), 'values.onboarding-days'],
			['an infinite value', (d) => (d.values['onboarding-days'] = Infinity), 'values.onboarding-days'],
			['NaN', (d) => (d.values['onboarding-days'] = Number.NaN), 'values.onboarding-days'],
			['a metric id that is not kebab-case', (d) => (d.values.Onboarding = 3), 'values.Onboarding'],
		],
	],
];

describe.each(CASES)('the %s schema', (_label, schema, valid, invalid) => {
	it('accepts the fixture', () => {
		expect(firstIssue(schema, valid)).toBeUndefined();
	});

	it.each(invalid)('refuses %s', (_what, change, issuePath) => {
		const data = structuredClone(valid);
		change(data);
		expect(firstIssue(schema, data)?.path).toBe(issuePath);
	});
});

describe('dates', () => {
	it('accepts YAML timestamps parsed as Date objects and normalises them', () => {
		const data = { ...read('decisions/0002-golden-path-templates.mdx'), date: new Date('2025-09-16T00:00:00Z') };
		expect(DecisionSchema.parse(data).date).toBe('2025-09-16');
	});
});
