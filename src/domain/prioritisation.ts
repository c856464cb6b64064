import type { Priority } from '../schemas/roadmap-item.ts';

/** A priority score under one model; scores are only comparable within the same model. */
export interface PriorityScore {
	model: 'rice' | 'wsjf' | 'ice';
	score: number;
	/** The formula with the item's numbers, each named, for readers who want to check it. */
	formula: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** RICE (Intercom) = reach x impact x confidence / effort. */
export function riceScore(rice: NonNullable<Priority['rice']>): number {
	return (rice.reach * rice.impact * rice.confidence) / rice.effort;
}

/** WSJF (SAFe) = (user-business value + time criticality + risk reduction) / job size. */
export function wsjfScore(wsjf: NonNullable<Priority['wsjf']>): number {
	return (wsjf.value + wsjf.timeCriticality + wsjf.riskReduction) / wsjf.jobSize;
}

/** ICE = impact x confidence x ease, or their average where the team scores that way. */
export function iceScore(ice: NonNullable<Priority['ice']>): number {
	return ice.method === 'average' ? (ice.impact + ice.confidence + ice.ease) / 3 : ice.impact * ice.confidence * ice.ease;
}

/** Scores an item's priority under whichever model it uses. */
export function priorityScore(priority: Priority): PriorityScore {
	if (priority.rice) {
		const { reach, impact, confidence, effort } = priority.rice;
		return {
			model: 'rice',
			score: round(riceScore(priority.rice)),
			formula: `reach ${reach} × impact ${impact} × confidence ${confidence} ÷ effort ${effort}`,
		};
	}
	if (priority.wsjf) {
		const { value, timeCriticality, riskReduction, jobSize } = priority.wsjf;
		return {
			model: 'wsjf',
			score: round(wsjfScore(priority.wsjf)),
			formula: `(value ${value} + time criticality ${timeCriticality} + risk reduction ${riskReduction}) ÷ job size ${jobSize}`,
		};
	}
	const ice = priority.ice!;
	const formula =
		ice.method === 'average'
			? `(impact ${ice.impact} + confidence ${ice.confidence} + ease ${ice.ease}) ÷ 3`
			: `impact ${ice.impact} × confidence ${ice.confidence} × ease ${ice.ease}`;
	return { model: 'ice', score: round(iceScore(ice)), formula };
}
