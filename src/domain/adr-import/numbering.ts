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
 * one, so the folder's order and gaps are kept. A record in `pinned` (imported before) keeps its number,
 * and new records of that folder take the same shift where it is free.
 */
export function assignNumbers(
	all: readonly Numbered[],
	taken: ReadonlySet<number>,
	pinned: ReadonlyMap<string, number> = new Map(),
): Numbering {
	const numbers = new Map<string, number>();
	const renumbered: Renumbering[] = [];
	// A record imported before keeps the number it got then, so running the import again changes nothing.
	for (const record of all) {
		const previous = pinned.get(record.file);
		if (previous !== undefined) numbers.set(record.file, previous);
	}
	const records = all.filter((record) => !pinned.has(record.file));
	if (records.length === 0) return { numbers, renumbered, offset: 0 };
	const fresh = new Map<string, number>();
	if (records.every((record) => record.number === undefined)) {
		records.forEach((record, index) => {
			fresh.set(record.file, index + 1);
			renumbered.push({ file: record.file, to: index + 1, reason: 'no number in its file name: numbered in file-name order' });
		});
	} else {
		let highest = Math.max(...records.flatMap((record) => (record.number === undefined ? [] : [record.number])));
		const firstWith = new Map<number, string>();
		for (const record of records) {
			const earlier = record.number === undefined ? undefined : firstWith.get(record.number);
			if (record.number !== undefined && earlier === undefined) {
				firstWith.set(record.number, record.file);
				fresh.set(record.file, record.number);
				continue;
			}
			highest += 1;
			fresh.set(record.file, highest);
			renumbered.push({
				file: record.file,
				from: record.number,
				to: highest,
				reason: earlier ? `${earlier} has the same number` : 'no number in its file name',
			});
		}
	}
	const used = new Set([...taken, ...numbers.values()]);
	const assigned = [...fresh.values()];
	const fits = (shift: number) => !assigned.some((number) => used.has(number + shift));
	// New records of a folder imported before take the shift its other records got, where that is free.
	const shifts = all.flatMap((record) =>
		pinned.has(record.file) && record.number !== undefined ? [pinned.get(record.file)! - record.number] : [],
	);
	const before = shifts.length > 0 && shifts.every((shift) => shift === shifts[0]) && fits(shifts[0]) ? shifts[0] : undefined;
	const keep = shifts.every((shift) => shift === 0) && fits(0);
	const offset = before ?? (keep ? 0 : Math.max(...used) + 1 - Math.min(...assigned));
	for (const [file, number] of fresh) numbers.set(file, number + offset);
	for (const entry of renumbered) entry.to += offset;
	return { numbers, renumbered, offset };
}
