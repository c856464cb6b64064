import { stringify } from 'yaml';

/**
 * An imported record as Trailmap stores it: the front matter (written by the yaml package, so any
 * title or name is quoted as YAML needs), the provenance line, then the body.
 */
export function writeRecord(data: object, marker: string, body: string): string {
	const yaml = stringify(data, { lineWidth: 0 });
	return `---\n${yaml}---\n\n${marker}\n${body ? `\n${body}\n` : ''}`;
}
