import type { Priority } from '../../schemas/roadmap-item.ts';
import { type PriorityScore, priorityScore } from '../prioritisation.ts';
import { BOARD_HORIZONS, isOpen } from '../roadmap.ts';
import type { SiteContent } from '../site-content.ts';
import { horizonBadge } from './badges.ts';
import { lookup } from './lookup.ts';
import type { Fact, Link, Table, Value } from './parts.ts';

/** One prioritisation model's section: its formula and scales in words, and its items ranked by score. */
export interface PriorityModelView {
	id: string;
	name: string;
	/** The formula in words, such as "RICE = reach × impact × confidence ÷ effort". */
	formula: string;
	/** Each input's scale, from DOMAIN.md. */
	scales: Fact[];
	table: Table;
}

/** Everything the priorities page shows: one ranked table per model, and the open items that have no score. */
export interface PrioritiesView {
	type: string;
	description: string;
	intro: string;
	models: PriorityModelView[];
	unscored: Link[];
}

const number = (value: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value);
const RICE_IMPACT: Record<number, string> = { 3: 'massive', 2: 'high', 1: 'medium', 0.5: 'low', 0.25: 'minimal' };

type Model = PriorityScore['model'];

/** Each model's name, formula, scales, input columns, and the inputs of one item as cells. */
const MODELS: Record<
	Model,
	{
		name: string;
		formula: string;
		scales: Fact[];
		inputs: string[];
		cells: (priority: Priority) => Value[];
		worked: (priority: Priority) => string;
	}
> = {
	rice: {
		name: 'RICE (Intercom)',
		formula: 'RICE = reach × impact × confidence ÷ effort',
		scales: [
			{ term: 'Reach', text: 'people or events per quarter' },
			{ term: 'Impact', text: '3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal' },
			{ term: 'Confidence', text: '100%, 80% or 50%' },
			{ term: 'Effort', text: 'person-months, more than 0' },
		],
		inputs: ['Reach', 'Impact', 'Confidence', 'Effort'],
		cells: ({ rice }) => [
			{ text: number(rice!.reach), nowrap: true, sortKey: rice!.reach },
			{ text: `${number(rice!.impact)} (${RICE_IMPACT[rice!.impact]})`, nowrap: true, sortKey: rice!.impact },
			{ text: `${number(rice!.confidence * 100)}%`, nowrap: true, sortKey: rice!.confidence },
			{ text: `${number(rice!.effort)} person-months`, nowrap: true, sortKey: rice!.effort },
		],
		worked: ({ rice }) => `${number(rice!.reach)} × ${number(rice!.impact)} × ${number(rice!.confidence)} ÷ ${number(rice!.effort)}`,
	},
	wsjf: {
		name: 'WSJF (SAFe)',
		formula: 'WSJF = (user-business value + time criticality + risk reduction or opportunity enablement) ÷ job size',
		scales: [{ term: 'Each input', text: 'the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20' }],
		inputs: ['Value', 'Time criticality', 'Risk reduction', 'Job size'],
		cells: ({ wsjf }) =>
			[wsjf!.value, wsjf!.timeCriticality, wsjf!.riskReduction, wsjf!.jobSize].map((input) => ({
				text: String(input),
				nowrap: true,
				sortKey: input,
			})),
		worked: ({ wsjf }) => `(${wsjf!.value} + ${wsjf!.timeCriticality} + ${wsjf!.riskReduction}) ÷ ${wsjf!.jobSize}`,
	},
	ice: {
		name: 'ICE',
		formula: 'ICE = impact × confidence × ease, or their average where the item says so',
		scales: [{ term: 'Each input', text: '1 to 10' }],
		inputs: ['Impact', 'Confidence', 'Ease', 'Combined by'],
		cells: ({ ice }) => [
			...[ice!.impact, ice!.confidence, ice!.ease].map((input) => ({ text: number(input), nowrap: true, sortKey: input })),
			{ text: ice!.method === 'average' ? 'average' : 'product' },
		],
		worked: ({ ice }) =>
			ice!.method === 'average'
				? `(${number(ice!.impact)} + ${number(ice!.confidence)} + ${number(ice!.ease)}) ÷ 3`
				: `${number(ice!.impact)} × ${number(ice!.confidence)} × ${number(ice!.ease)}`,
	},
};

/** The priorities page: each model's open items ranked by score, never one model against another. */
export function prioritiesView(content: SiteContent): PrioritiesView {
	const to = lookup(content);
	const open = [...content.roadmap].filter(([, item]) => isOpen(item));
	const scored = open.flatMap(([id, item]) =>
		item.priority ? [{ id, item, priority: item.priority, score: priorityScore(item.priority) }] : [],
	);
	const models = (Object.keys(MODELS) as Model[]).flatMap((model) => {
		const spec = MODELS[model];
		const rows = scored
			.filter(({ score }) => score.model === model)
			.sort((a, b) => b.score.score - a.score.score || a.item.title.localeCompare(b.item.title))
			.map(({ id, item, priority, score }): Value[] => [
				{ link: to.roadmapLink(id), sortKey: item.title },
				{ badges: [horizonBadge(item.horizon)], sortKey: BOARD_HORIZONS.indexOf(item.horizon as (typeof BOARD_HORIZONS)[number]) },
				...spec.cells(priority),
				{ text: `${spec.worked(priority)} =`, nowrap: true, sortKey: score.score },
				{ text: number(score.score), nowrap: true, sortKey: score.score },
			]);
		if (rows.length === 0) return [];
		return [
			{
				id: model,
				name: spec.name,
				formula: spec.formula,
				scales: spec.scales,
				table: {
					caption: `Open items scored with ${spec.name}, highest score first`,
					columns: [
						{ label: 'Item', main: true },
						{ label: 'Horizon' },
						...spec.inputs.map((label) => ({ label, numeric: label !== 'Combined by' })),
						{ label: 'Calculation', numeric: true },
						{ label: 'Score', numeric: true },
					],
					rows,
					sortable: true,
				},
			},
		];
	});
	return {
		type: 'Roadmap priorities',
		description: `Why each open item on the ${content.site.name} roadmap ranks where it does: its prioritisation model, inputs and score.`,
		intro:
			'Each item is scored under one model. Scores are only comparable within a model, so each model has its own table and no RICE score is ranked against a WSJF or ICE score. On the board, a column is ordered by score only when all of its items share a model; otherwise by target window.',
		models,
		unscored: open.filter(([, item]) => !item.priority).map(([id]) => to.roadmapLink(id)),
	};
}
