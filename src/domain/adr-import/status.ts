import { DECISION_STATUSES } from '../../schemas/decision.ts';
import { isPlaceholder } from './title.ts';

export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** How each wording found in real ADR folders maps to a Trailmap status; matched at the start of the status, case-insensitively. */
export const STATUS_WORDINGS: Readonly<Record<string, DecisionStatus>> = {
	accepted: 'accepted',
	approved: 'accepted',
	implemented: 'accepted',
	'partially implemented': 'accepted',
	adopted: 'accepted',
	agreed: 'accepted',
	proposed: 'proposed',
	draft: 'proposed',
	'in review': 'proposed',
	pending: 'proposed',
	'on hold': 'proposed',
	wip: 'proposed',
	'work in progress': 'proposed',
	rejected: 'rejected',
	declined: 'rejected',
	abandoned: 'rejected',
	withdrawn: 'rejected',
	deprecated: 'deprecated',
	obsolete: 'deprecated',
	retired: 'deprecated',
	'reverted by': 'deprecated',
	superseded: 'superseded',
	superceded: 'superseded',
	superseeded: 'superseded',
	'replaced by': 'superseded',
};

/** Longest wordings first, so "partially implemented" is tried before "implemented" could match a part of it. */
const WORDINGS = Object.keys(STATUS_WORDINGS).sort((a, b) => b.length - a.length);

/** What a status wording means: a status, or why it is none. */
export type StatusReading = { status: DecisionStatus } | { status?: undefined; reason: 'placeholder' | 'unknown' };

/**
 * Reads a status as written ("Accepted", "Superseded by 3. Use X", "**WIP**", "partially implemented
 * (2021)"). A template placeholder or a word not in STATUS_WORDINGS is no status.
 */
export function readStatus(text: string): StatusReading {
	if (isPlaceholder(text)) return { reason: 'placeholder' };
	const words = text
		.replace(/[*_~`]/g, '')
		.replace(/^[^\p{L}]+/u, '')
		.replace(/\s+/g, ' ')
		.toLowerCase();
	const wording = WORDINGS.find(
		(candidate) => words === candidate || (words.startsWith(candidate) && !/\p{L}/u.test(words[candidate.length])),
	);
	return wording ? { status: STATUS_WORDINGS[wording] } : { reason: 'unknown' };
}
