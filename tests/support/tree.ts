import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../src/lib/files.ts';

/** Every file of a built site, by path relative to it, read into memory so a later build in the same folder cannot change it. */
export type Tree = Map<string, Buffer>;

export function readTree(dir: string): Tree {
	return new Map(filesUnder(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

/** Where two builds differ, one line per file, with the first differing text of a changed file so a failure reads without a diff tool. */
export function treeDifferences(actual: Tree, expected: Tree): string[] {
	const differences: string[] = [];
	for (const file of new Set([...actual.keys(), ...expected.keys()])) {
		const a = actual.get(file);
		const b = expected.get(file);
		if (!b) differences.push(`only in the first: ${file}`);
		else if (!a) differences.push(`only in the second: ${file}`);
		else if (!a.equals(b)) differences.push(`differs: ${file}: ${firstDifference(a, b)}`);
	}
	return differences.sort();
}

function firstDifference(a: Buffer, b: Buffer): string {
	let at = 0;
	while (at < a.length && at < b.length && a[at] === b[at]) at++;
	const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 40), at + 80).toString('utf8'));
	return `at byte ${at}, ${around(a)} where the second has ${around(b)}`;
}
