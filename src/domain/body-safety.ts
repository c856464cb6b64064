/** A finding in a Markdown or MDX body, positioned within the body (1-based). */
export interface BodyFinding {
	line: number;
	column: number;
	value: string;
	message: string;
	hint: string;
}

/** Schemes a link or image in a body may use; a URL without a scheme is relative, which is fine. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Where URLs stand in Markdown and HTML: link and image destinations, reference definitions, autolinks, URL attributes. */
const URL_PATTERNS = [
	/\]\(\s*<?([^)\s>]+)/g,
	/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm,
	/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi,
	/\b(?:href|src|action|formaction|poster|xlink:href)\s*=\s*["']?([^"'\s>]+)/gi,
];

/** HTML that runs script or embeds other documents, which content never needs. */
const ACTIVE_HTML = [
	{
		pattern: /<(script|iframe|object|embed|frame|frameset)\b/gi,
		message: (tag: string) => `a <${tag.toLowerCase()}> element runs or embeds code`,
	},
	{ pattern: /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi, message: (attribute: string) => `the ${attribute.toLowerCase()} attribute runs script` },
];

/** Blanks fenced code blocks and inline code, keeping line and column positions, so examples in code are not flagged. */
function withoutCode(body: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const line = before.split('\n').length;
	return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Everything in a body that untrusted content must not carry: links and images with schemes other
 * than http(s) and mailto (javascript:, data:, vbscript: ...), and HTML that runs script.
 */
export function unsafeBodyContent(body: string): BodyFinding[] {
	const text = withoutCode(body);
	const findings: BodyFinding[] = [];
	for (const pattern of URL_PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const url = match[1];
			const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1].toLowerCase();
			if (scheme === undefined || SAFE_SCHEMES.has(scheme)) continue;
			findings.push({
				...position(text, match.index + match[0].indexOf(url)),
				value: url,
				message: `a ${scheme}: link is not allowed in content`,
				hint: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
			});
		}
	}
	for (const { pattern, message } of ACTIVE_HTML) {
		for (const match of text.matchAll(pattern)) {
			findings.push({
				...position(text, match.index),
				value: match[0].trim(),
				message: message(match[1]),
				hint: "remove it: content is published as written, so it may not run code in readers' browsers",
			});
		}
	}
	return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}
