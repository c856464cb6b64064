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
