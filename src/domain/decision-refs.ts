/** The four-digit number of a decision id such as 0007-vault-for-secrets. */
export function decisionNumber(id: string): string | undefined {
	return /^(\d{4})-/.exec(id)?.[1];
}

/** The label a reader knows a record by: ADR-0007. */
export function decisionLabel(id: string): string {
	const number = decisionNumber(id);
	return number ? `ADR-${number}` : id;
}

/**
 * Resolves a decision reference, written `ADR-0007` (any number of digits) or as the full id, to a
 * decision id; undefined when nothing matches.
 */
export function resolveDecisionRef(ref: string, ids: readonly string[]): string | undefined {
	const adr = /^ADR-(\d+)$/i.exec(ref.trim());
	if (adr) {
		const number = adr[1].padStart(4, '0');
		return ids.find((id) => decisionNumber(id) === number);
	}
	return ids.includes(ref) ? ref : undefined;
}

/** Derives superseded-by from every record's `supersedes`: old id to the ids that replace it. */
export function supersededBy(records: readonly { id: string; supersedes: readonly string[] }[]): Map<string, string[]> {
	const ids = records.map((record) => record.id);
	const result = new Map<string, string[]>();
	for (const record of records) {
		for (const ref of record.supersedes) {
			const old = resolveDecisionRef(ref, ids);
			if (old) result.set(old, [...(result.get(old) ?? []), record.id]);
		}
	}
	return result;
}

/** A reference to a decision record written in prose, such as "ADR-0012", "ADR-12" or "ADR 12". */
export interface DecisionMention {
	/** Offsets of the reference within the text it was found in. */
	start: number;
	end: number;
	/** As written. */
	text: string;
	/** The four-digit number it names, such as 0012. */
	number: string;
}

/**
 * Finds the decision references in a run of plain text (a text node's value, never Markdown or HTML
 * source): "ADR", a hyphen or a space, and one to four digits, standing as a word of their own.
 */
export function decisionMentions(text: string): DecisionMention[] {
	const found: DecisionMention[] = [];
	for (const match of text.matchAll(/(?<![\p{L}\p{N}_-])ADR[- \u00A0](\d{1,4})(?![\p{L}\p{N}_])/gu)) {
		found.push({ start: match.index, end: match.index + match[0].length, text: match[0], number: match[1].padStart(4, '0') });
	}
	return found;
}

/** The decision id with this four-digit number, if any. */
export const decisionByNumber = (number: string, ids: Iterable<string>): string | undefined =>
	[...ids].find((id) => decisionNumber(id) === number);
