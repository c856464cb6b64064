import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** How often a long input reports its progress, in lines. */
export const PROGRESS_EVERY = 100_000;

/**
 * Calls `each` with every line of a text file and its number (1-based), reading it as a stream so
 * an input of millions of events is never held whole; a byte order mark is dropped. `progress` is
 * told every PROGRESS_EVERY lines. Returns the number of lines.
 */
export async function forEachLine(
	file: string,
	each: (text: string, line: number) => void,
	progress: (lines: number) => void = () => {},
): Promise<number> {
	const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
	let count = 0;
	for await (const text of lines) {
		count++;
		each(count === 1 && text.startsWith('\uFEFF') ? text.slice(1) : text, count);
		if (count % PROGRESS_EVERY === 0) progress(count);
	}
	return count;
}
