import type { Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { VFileMessage } from 'vfile-message';

/** How a body is written: plain Markdown (.md) or MDX (.mdx). */
export type BodyFormat = 'md' | 'mdx';

/** Where an MDX body stops parsing, and why (1-based, within the body). */
export interface ParseFailure {
	line: number;
	column: number;
	reason: string;
}

/** A parsed body, or where it failed to parse. */
export type ParsedBody = { tree: Root; failure?: undefined } | { tree?: undefined; failure: ParseFailure };

/**
 * Parses a body the way the site renders it: GFM and container directives (Starlight's :::note
 * asides) in both formats, plus JSX, expressions and import/export in MDX. Plain Markdown always
 * parses; MDX fails on a stray "<" or "{", and the failure says where.
 */
export function parseBody(body: string, format: BodyFormat): ParsedBody {
	const extensions = [gfm(), directive()];
	const mdastExtensions = [gfmFromMarkdown(), directiveFromMarkdown()];
	if (format === 'md') return { tree: fromMarkdown(body, { extensions, mdastExtensions }) };
	try {
		return { tree: fromMarkdown(body, { extensions: [mdxjs(), ...extensions], mdastExtensions: [mdxFromMarkdown(), ...mdastExtensions] }) };
	} catch (error) {
		if (!(error instanceof VFileMessage)) throw new Error('the MDX parser failed unexpectedly', { cause: error });
		return { failure: { line: error.line ?? 1, column: error.column ?? 1, reason: error.reason } };
	}
}
