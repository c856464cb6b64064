import { BODY_COMPONENTS, type BodyComponentName, COMPONENT_NAMES, allowedAttributes, isRemovedWithContent } from './html-policy.ts';
import { nearest } from './nearest.ts';

/** What is wrong and how to write it instead, in words a content author can act on. */
export interface Explanation {
	message: string;
	hint: string;
}

const COMPONENT_LIST = COMPONENT_NAMES.join(', ');

/** Tells a team whose authors are all trusted how to allow MDX code. */
const TRUSTED_MDX_HINT = 'a site whose authors are all trusted can allow MDX code with "trustedMdx: true" in site.yaml';

const NO_SCRIPT_HINT = "remove it: content is published as written, so it may not run code in readers' browsers";

/** Elements whose only purpose is to run code or embed another document. */
const ACTIVE_ELEMENTS = new Set([
	'script',
	'iframe',
	'object',
	'embed',
	'applet',
	'frame',
	'frameset',
	'noscript',
	'template',
	'base',
	'meta',
	'link',
]);

/** "an <iframe> element", "a <form> element". */
const elementName = (tag: string) => `${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> element`;

export function refusedElement(tag: string): Explanation {
	if (ACTIVE_ELEMENTS.has(tag)) return { message: `${elementName(tag)} runs or embeds code`, hint: NO_SCRIPT_HINT };
	return {
		message: `${elementName(tag)} is not allowed in content`,
		hint: isRemovedWithContent(tag)
			? 'remove it; content may use Markdown and simple HTML such as details, summary, kbd, sup, sub, br and img'
			: 'use Markdown instead, or simple HTML such as details, summary, kbd, sup, sub, br and img (the full list is in src/domain/html-policy.ts)',
	};
}

export function refusedAttribute(tag: string, attribute: string): Explanation {
	if (attribute.startsWith('on')) return { message: `the ${attribute} attribute runs script`, hint: NO_SCRIPT_HINT };
	if (attribute === 'style')
		return { message: 'the style attribute is not allowed in content', hint: "remove it; the site's theme styles content" };
	return {
		message: `<${tag}> may not carry the ${attribute} attribute`,
		hint: `remove it; <${tag}> may carry ${allowedAttributes(tag).join(', ')}`,
	};
}

export const expressionAttribute = (name: string): Explanation => ({
	message: `${name}={...} is code; in content, attributes are written as text in quotes`,
	hint: `write ${name}="..." with the value itself; ${TRUSTED_MDX_HINT}`,
});

export const spreadAttribute = (): Explanation => ({
	message: '{...} among the attributes is code',
	hint: `remove it and write each attribute as name="value"; ${TRUSTED_MDX_HINT}`,
});

export function unknownComponent(name: string): Explanation {
	const match = nearest(name, COMPONENT_NAMES);
	return {
		message: `<${name}> is not a component Trailmap provides`,
		hint: match ? `did you mean <${match}>?` : `use one of ${COMPONENT_LIST}; they need no import`,
	};
}

export function unknownProp(component: BodyComponentName, prop: string): Explanation {
	if (prop.toLowerCase().startsWith('on')) return { message: `the ${prop} attribute runs script`, hint: NO_SCRIPT_HINT };
	const props: readonly string[] = BODY_COMPONENTS[component];
	const match = nearest(prop, props);
	return {
		message: `<${component}> has no ${prop} attribute`,
		hint: match
			? `did you mean ${match}?`
			: props.length > 0
				? `${component} takes ${props.join(', ')}`
				: `${component} takes no attributes; remove it`,
	};
}

export const esmStatement = (isImport: boolean): Explanation =>
	isImport
		? {
				message: 'an import runs code when the site is built',
				hint: `remove the line: ${COMPONENT_LIST} need no import; ${TRUSTED_MDX_HINT}`,
			}
		: {
				message: 'an export runs code when the site is built',
				hint: `remove it and write the text itself; ${TRUSTED_MDX_HINT}`,
			};

export const expression = (): Explanation => ({
	message: 'text in {braces} is code that runs when the site is built',
	hint: `to show braces write \\{ and \\}, or put the code in backticks; ${TRUSTED_MDX_HINT}`,
});

export const unreadableMdx = (reason: string): Explanation => ({
	message: `this MDX cannot be read: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`,
	hint: 'MDX reads "<" as the start of a tag and "{" as code: write \\< or &lt; and \\{ for the characters themselves, [text](https://...) for links, and {/* ... */} for comments',
});
