import { describe, expect, it } from 'vitest';
import { MetricDefinitionSchema } from '../../src/schemas/metric-definition.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { problemsAfter, replace } from './fixture.ts';

const LEAD_TIME = {
	id: 'change-lead-time',
	name: 'Change lead time',
	category: 'delivery',
	unit: 'hours',
	direction: 'down',
	description: 'Median commit to production.',
	source: 'Deploy events',
};

describe('computedFrom on a metric definition', () => {
	it('is optional, and names one of the computations metrics:ingest knows', () => {
		expect(MetricDefinitionSchema.safeParse(LEAD_TIME).success).toBe(true);
		expect(MetricDefinitionSchema.safeParse({ ...LEAD_TIME, computedFrom: 'delivery.lead-time' }).success).toBe(true);
		expect(MetricDefinitionSchema.safeParse({ ...LEAD_TIME, computedFrom: 'delivery.lead-times' }).success).toBe(false);
	});

	it('is reported at the unit when the unit is not the one the computation yields', async () => {
		const problems = await problemsAfter({
			'metrics/definitions.yaml': replace(
				'  source: Deploy events\n',
				'  source: Deploy events\n  computedFrom: delivery.change-fail-rate\n',
			),
		});
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'metrics/definitions.yaml',
				line: 19,
				column: 9,
				field: 'unit',
				value: 'hours',
				message: 'a metric computed from delivery.change-fail-rate is measured in percent',
				hint: 'set unit: percent, or remove computedFrom and type the values by hand',
			}),
		]);
	});
});

describe('the adoption marker in site.yaml', () => {
	const site = {
		name: 'Harbor',
		organisation: 'Org',
		tagline: 'Paved road',
		repoUrl: 'https://example.com/',
		feedbackUrl: '/',
		reviewCadence: 'monthly',
	};

	it('takes an annotation, a tag, or both, and optionally the component types that count', () => {
		expect(SiteSchema.safeParse({ ...site, adoption: { annotation: 'example.com/template' } }).success).toBe(true);
		expect(SiteSchema.safeParse({ ...site, adoption: { tag: 'golden-path', types: ['service'] } }).success).toBe(true);
	});

	it('needs at least one of them, and no other key', () => {
		const none = SiteSchema.safeParse({ ...site, adoption: { types: ['service'] } });
		expect(none.success).toBe(false);
		expect(none.error?.issues[0]).toMatchObject({ message: 'expected an annotation or a tag' });
		expect(SiteSchema.safeParse({ ...site, adoption: { label: 'x' } }).success).toBe(false);
	});
});
