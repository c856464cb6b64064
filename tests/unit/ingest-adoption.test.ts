import { describe, expect, it } from 'vitest';
import {
	ADOPTION_COLUMNS,
	type Component,
	adoptionMeasurements,
	catalogComponents,
	ownerTeam,
	readAdoptionRow,
} from '../../src/domain/ingest/adoption.ts';
import { readCsvHeader } from '../../src/domain/ingest/input.ts';
import type { Problem } from '../../src/domain/problem.ts';
import { parseYamlSource } from '../../src/lib/source-file.ts';

const TEAMS = new Set(['checkout', 'routing']);
const MARKER = { annotation: 'runway.kestrel.example/template', tag: 'golden-path', types: ['service', 'static-site'] };

const entity = (name: string, spec: Record<string, unknown>, metadata: Record<string, unknown> = {}, kind = 'Component') => ({
	apiVersion: 'backstage.io/v1alpha1',
	kind,
	metadata: { name, ...metadata },
	spec: { lifecycle: 'production', ...spec },
});

/**
 * Six components that count: on the platform are cart-api (annotation), checkout-web (tag),
 * route-optimizer (tag among others) and ops-console (annotation, no owner); payments-legacy has
 * the annotation empty and route-planner neither. A library and an API are not counted.
 */
const CATALOG = [
	entity(
		'cart-api',
		{ type: 'service', owner: 'group:default/checkout' },
		{ annotations: { 'runway.kestrel.example/template': 'service-v3' } },
	),
	entity('checkout-web', { type: 'static-site', owner: 'checkout' }, { tags: ['golden-path'] }),
	entity('payments-legacy', { type: 'service', owner: 'group:checkout' }, { annotations: { 'runway.kestrel.example/template': '' } }),
	entity('route-planner', { type: 'service', owner: 'routing' }),
	entity('route-optimizer', { type: 'service', owner: 'group:default/routing' }, { tags: ['kotlin', 'golden-path'] }),
	entity('checkout-lib', { type: 'library', owner: 'checkout' }, { tags: ['golden-path'] }),
	entity('cart-api', { type: 'openapi', owner: 'checkout' }, {}, 'API'),
	entity('ops-console', { type: 'service' }, { annotations: { 'runway.kestrel.example/template': 'service-v2' } }),
];

function readCatalog(data: unknown) {
	const text = JSON.stringify(data, null, 2);
	const source = parseYamlSource(text, 'catalog.json');
	return { ...catalogComponents(source.data, source.locate, 'catalog.json', MARKER, TEAMS), text };
}

describe('adoption from a Backstage catalog export', () => {
	it('counts components carrying the annotation or the tag, overall and per owning team', () => {
		const { components, problems, skipped } = readCatalog(CATALOG);
		expect(problems).toEqual([]);
		expect(skipped).toBe(2);
		const { measurements } = adoptionMeasurements(components);
		expect(measurements.overall['adoption.rate']).toEqual({ value: (4 / 6) * 100, samples: 6 });
		expect(measurements.teams.get('checkout')).toEqual({ 'adoption.rate': { value: (2 / 3) * 100, samples: 3 } });
		expect(measurements.teams.get('routing')).toEqual({ 'adoption.rate': { value: 50, samples: 2 } });
		expect(measurements.notes).toEqual([
			'4 of 6 components are on the platform',
			'checkout: 2 of 3 components on the platform',
			'routing: 1 of 2 components on the platform',
		]);
	});

	it('reads the catalog API’s {"items": [...]} as well as a plain array', () => {
		const { components } = readCatalog({ items: CATALOG });
		expect(components).toHaveLength(6);
	});

	it('counts every component when no types are named', () => {
		const source = parseYamlSource(JSON.stringify(CATALOG), 'catalog.json');
		const { components } = catalogComponents(source.data, source.locate, 'catalog.json', { tag: 'golden-path' }, TEAMS);
		expect(components.map((component) => [component.name, component.onPlatform])).toContainEqual(['default/checkout-lib', true]);
		expect(components).toHaveLength(7);
	});

	it('takes the team from any form of owner reference', () => {
		expect(ownerTeam('checkout')).toBe('checkout');
		expect(ownerTeam('group:checkout')).toBe('checkout');
		expect(ownerTeam('group:default/checkout')).toBe('checkout');
	});

	it('reports an owner that is no team at its line, and a component given twice', () => {
		const { components, problems, text } = readCatalog([
			...CATALOG,
			entity('parcel-api', { type: 'service', owner: 'group:default/chekout' }),
			CATALOG[0],
		]);
		const ownerLine = text.split('\n').findIndex((line) => line.includes('group:default/chekout')) + 1;
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'catalog.json',
				line: ownerLine,
				field: '8.spec.owner',
				value: 'group:default/chekout',
				hint: 'did you mean "checkout"?',
			}),
		]);
		const { problems: repeats } = adoptionMeasurements(components);
		expect(repeats).toEqual([expect.objectContaining({ field: '9.metadata.name', value: 'default/cart-api' })]);
	});

	it('refuses a file that is not a list of entities', () => {
		const source = parseYamlSource('{"kind": "Component"}', 'catalog.json');
		expect(catalogComponents(source.data, source.locate, 'catalog.json', MARKER, TEAMS).problems[0].message).toBe(
			'expected a JSON array of catalog entities',
		);
	});
});

function readCsv(text: string): { components: Component[]; problems: Problem[] } {
	const [headerLine, ...lines] = text.trim().split('\n');
	const read = readCsvHeader(headerLine, { file: 'services.csv', line: 1 }, ADOPTION_COLUMNS);
	if ('problem' in read) return { components: [], problems: [read.problem] };
	const components: Component[] = [];
	const problems: Problem[] = [];
	lines.forEach((line, i) => {
		const result = readAdoptionRow(read.header, line, { file: 'services.csv', line: i + 2 }, TEAMS);
		if ('component' in result) components.push(result.component);
		else problems.push(...result.problems);
	});
	return { components, problems };
}

describe('adoption from a CSV', () => {
	it('counts services on the platform, overall and per team', () => {
		const { components, problems } = readCsv(
			'service,team,onPlatform\na,checkout,true\nb,checkout,false\nc,routing,yes\nd,routing,no\ne,,1\n',
		);
		expect(problems).toEqual([]);
		const { measurements } = adoptionMeasurements(components);
		expect(measurements.overall['adoption.rate']).toEqual({ value: 60, samples: 5 });
		expect(measurements.teams.get('checkout')).toEqual({ 'adoption.rate': { value: 50, samples: 2 } });
		expect(measurements.teams.get('routing')).toEqual({ 'adoption.rate': { value: 50, samples: 2 } });
	});

	it('reports a flag that is not true or false, an unknown team and a repeated service', () => {
		const { components, problems } = readCsv(
			'service,team,onPlatform\na,checkout,maybe\nb,payments,true\nc,routing,true\nc,routing,false\n',
		);
		expect(problems.map(({ line, column, field, value }) => ({ line, column, field, value }))).toEqual([
			{ line: 2, column: 12, field: 'onPlatform', value: 'maybe' },
			{ line: 3, column: 3, field: 'team', value: 'payments' },
		]);
		const { problems: repeats, measurements } = adoptionMeasurements(components);
		expect(repeats).toEqual([expect.objectContaining({ line: 5, column: 1, field: 'service', value: 'c' })]);
		expect(measurements.overall['adoption.rate']).toEqual({ value: 100, samples: 1 });
	});
});
