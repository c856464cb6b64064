import path from 'node:path';

/** A path as problems show it: relative to the working directory with forward slashes, or absolute when outside it. */
export function displayPath(absolute: string): string {
	const relative = path.relative(process.cwd(), absolute);
	return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}
