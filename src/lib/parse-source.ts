import { type SourceFile, parseFrontmatterSource, parseSnapshotCsv, parseYamlSource } from './source-file.ts';

/** Parses a content file by its extension: CSV snapshot, MD/MDX front matter, or YAML/JSON. One parser per kind, for the check and the loaders alike. */
export function parseSource(text: string, relative: string, file: string): SourceFile {
	if (relative.endsWith('.csv')) return parseSnapshotCsv(text, file);
	if (relative.endsWith('.md') || relative.endsWith('.mdx')) return parseFrontmatterSource(text, file);
	return parseYamlSource(text, file);
}

/** The data of a YAML file, parsed as the content check parses it, for Astro's file() loader. */
export const parseYaml = (text: string): unknown => parseYamlSource(text, 'content.yaml').data;
