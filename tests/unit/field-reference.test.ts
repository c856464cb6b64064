import { describe, expect, it } from 'vitest';
import { fieldReferenceView } from '../../src/domain/views/field-reference.ts';
import { COLLECTION_NAMES } from '../../src/domain/registry.ts';
import { documentedSchemas } from '../../src/lib/json-schemas.ts';

const view = fieldReferenceView(documentedSchemas());
const section = (id: string) => view.sections.find((candidate) => candidate.id === id)!;
/** The row of a field as plain strings: field, type, required, allowed, description. */
const row = (id: string, field: string) =>
	section(id)
		.table.rows.find((cells) => cells[0].text === field)
		?.map((cell) => cell.text);

describe('field reference', () => {
	it('has a section per content type, with where its files are', () => {
		expect(view.sections.map(({ id }) => id)).toEqual(COLLECTION_NAMES);
		expect(section('roadmap')).toMatchObject({ heading: 'Roadmap item', where: 'content/roadmap/*.{yaml,md,mdx}' });
	});
	it('gives each field its type, presence, allowed values and description', () => {
		expect(row('roadmap', 'horizon')).toEqual([
			'horizon',
			'one of the values',
			'required',
			'now, next, later, exploring, shipped, declined',
			'Where the item sits: now, next, later, exploring, shipped or declined.',
		]);
		expect(row('roadmap', 'personas')).toEqual([
			'personas',
			'list of kebab-case id',
			'optional, default an empty list',
			'',
			'Persona ids the item serves.',
		]);
		expect(row('roadmap', 'area')?.slice(0, 4)).toEqual(['area', 'list of kebab-case id', 'required', 'at least 1']);
		expect(row('roadmap', 'targetWindow')?.slice(0, 3)).toEqual(['targetWindow', 'quarter, YYYY-Qn', 'optional']);
		expect(row('journeys', 'stages[].steps[].emotion')?.slice(0, 4)).toEqual([
			'stages[].steps[].emotion',
			'whole number',
			'required',
			'at least 1, at most 5',
		]);
	});
	it('lists nested fields under their parent, list items and map values included', () => {
		expect(row('roadmap', 'successMetrics[].metric')?.[2]).toBe('required');
		expect(row('roadmap', 'priority.rice.impact')?.[3]).toBe('3, 2, 1, 0.5, 0.25');
		expect(row('personas', 'frustrations[].workaround')?.[2]).toBe('optional');
		expect(row('snapshots', 'values')?.[1]).toBe('map of id to number');
		expect(row('paths', 'steps')?.[2]).toBe('required');
	});
	it('leaves out the Starlight fields guides refuse', () => {
		expect(row('guides', 'head')).toBeUndefined();
		expect(row('guides', 'sidebar.label')?.[2]).toBe('optional');
	});
});
