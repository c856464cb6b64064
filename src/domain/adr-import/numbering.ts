/** A record to number: its file name, and the number that name gives, if any. */
export interface Numbered {
	file: string;
	number?: number;
}

/** A record that does not keep the number its file name gives, and why. */
export interface Renumbering {
	file: string;
	from?: number;
	to: number;
	reason: string;
}

export interface Numbering {
	/** Each record's number in the target folder, by file name. */
	numbers: Map<string, number>;
	renumbered: Renumbering[];
	/** Added to every imported number so none collides with a record already in the target folder; 0 when none would. */
	offset: number;
}

/**
 * Numbers the records of a folder, given in file-name order. A folder without numbers (log4brains)
 * is numbered 1..N; otherwise each record keeps its number (MADR's 0000 too), and a record without
 * one, or with one an earlier record already has, gets the next after the highest. When any number
 * is among `taken` (the target folder's own records), every number is shifted past the highest taken
 * one, so the folder's order and gaps are kept.
 */
export function assignNumbers(records: readonly Numbered[], taken: ReadonlySet<number>): Numbering {
	const numbers = new Map<string, number>();
	const renumbered: Renumbering[] = [];
	if (records.every((record) => record.number === undefined)) {
		records.forEach((record, index) => {
			numbers.set(record.file, index + 1);
			renumbered.push({ file: record.file, to: index + 1, reason: 'no number in its file name: numbered in file-name order' });
		});
	} else {
		let highest = Math.max(...records.flatMap((record) => (record.number === undefined ? [] : [record.number])));
		const firstWith = new Map<number, string>();
		for (const record of records) {
			const earlier = record.number === undefined ? undefined : firstWith.get(record.number);
			if (record.number !== undefined && earlier === undefined) {
				firstWith.set(record.number, record.file);
				numbers.set(record.file, record.number);
				continue;
			}
			highest += 1;
			numbers.set(record.file, highest);
			renumbered.push({
				file: record.file,
				from: record.number,
				to: highest,
				reason: earlier ? `${earlier} has the same number` : 'no number in its file name',
			});
		}
	}
	const assigned = [...numbers.values()];
	if (taken.size === 0 || !assigned.some((number) => taken.has(number))) return { numbers, renumbered, offset: 0 };
	const offset = Math.max(...taken) + 1 - Math.min(...assigned);
	for (const [file, number] of numbers) numbers.set(file, number + offset);
	for (const entry of renumbered) entry.to += offset;
	return { numbers, renumbered, offset };
}
