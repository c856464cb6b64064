/**
 * Where a URL stands: a front-matter field takes http(s) or a path on this site; a Markdown or MDX
 * body also takes mailto:, relative paths such as ../setup/ and fragments such as #steps.
 */
export type UrlContext = 'field' | 'body';

/** Why content may not carry a URL, in words a content author can act on. */
export interface UrlRefusal {
	/** The scheme that was refused, such as "javascript", when that is the reason. */
	scheme?: string;
	message: string;
	hint: string;
}

/** An origin no real site has: a site-relative URL that resolves anywhere else leaves the site. */
const SITE = 'https://trailmap.invalid';

/** Resolve relative URLs as a page two folders deep would, so ../ still stays on the site. */
const PAGE = `${SITE}/section/page/`;

const SCHEMES: Record<UrlContext, ReadonlySet<string>> = {
	field: new Set(['http:', 'https:']),
	body: new Set(['http:', 'https:', 'mailto:']),
};

const LINK_HINT: Record<UrlContext, string> = {
	field: 'write https://... or a path on this site starting with "/", such as /guides/basics/local-setup/',
	body: 'link with https://..., mailto:, or a path on this site such as /guides/basics/local-setup/',
};

/** Backslashes, whitespace and control characters: browsers drop or rewrite them, so they hide where a link goes. */
const HIDDEN_CHARACTERS = /[\\\s\p{Cc}]/u;

/**
 * Why `value` is unsafe as a link in content, or undefined when it is safe. Judged as the WHATWG URL
 * parser (the browser's) reads it: a scheme must be allowed, and a URL without one must resolve to
 * this site. The caller passes the value after its format's decoding (entities, escapes).
 */
export function refuseUrl(value: string, context: UrlContext): UrlRefusal | undefined {
	if (HIDDEN_CHARACTERS.test(value)) {
		return {
			message: 'this link contains a backslash, space, tab or control character, which browsers may read as a link to another site',
			hint: 'use forward slashes only, and write a space as %20',
		};
	}
	if (value.startsWith('//')) {
		return {
			message: 'a link starting with // goes to another site',
			hint: 'write the full https://... address for another site, or a path starting with a single "/" for a page on this site',
		};
	}
	if (URL.canParse(value)) {
		const { protocol } = new URL(value);
		if (SCHEMES[context].has(protocol)) return undefined;
		const scheme = protocol.slice(0, -1);
		return { scheme, message: `a ${scheme}: link is not allowed in content`, hint: LINK_HINT[context] };
	}
	if (context === 'field' && !value.startsWith('/')) {
		return { message: 'expected an http(s) URL or a site-relative path', hint: LINK_HINT.field };
	}
	if (!URL.canParse(value, PAGE) || new URL(value, PAGE).origin !== SITE) {
		return { message: 'this link would leave the site', hint: LINK_HINT[context] };
	}
	return undefined;
}

/** True for a path on this site such as /guides/, which gets the site's base path and must name a page. */
export const isSiteRelative = (value: string) => value.startsWith('/') && !value.startsWith('//');
