/**
 * What a Markdown or MDX body may contain beyond Markdown itself: the one allow-list that both the
 * content check (body-safety.ts) and the render-time sanitiser (src/plugins/sanitise-tree.ts) apply.
 * Element and attribute names are HTML's, lower-case.
 */

/** Attributes any allowed element may carry. None runs script or loads anything. */
const GLOBAL_ATTRIBUTES = [
	'class',
	'id',
	'title',
	'lang',
	'dir',
	'role',
	'aria-describedby',
	'aria-hidden',
	'aria-label',
	'aria-labelledby',
	// GFM footnotes mark their links and section with these.
	'data-footnote-backref',
	'data-footnote-ref',
	'data-footnotes',
];

/** Elements a body may contain, each with the attributes it takes beyond the global ones. */
const ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	aside: [],
	b: [],
	bdi: [],
	bdo: [],
	blockquote: ['cite'],
	br: [],
	caption: [],
	cite: [],
	code: [],
	col: ['span'],
	colgroup: ['span'],
	dd: [],
	del: ['cite', 'datetime'],
	details: ['open'],
	dfn: [],
	div: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h1: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'width', 'height', 'loading'],
	// GFM task lists render as disabled checkboxes; without a form an input sends nothing anywhere.
	input: ['type', 'checked', 'disabled'],
	ins: ['cite', 'datetime'],
	kbd: [],
	li: ['value'],
	mark: [],
	ol: ['start', 'reversed', 'type'],
	p: [],
	// Inline icons (Starlight's asides carry one): shapes only, no links, scripts or external resources.
	path: ['d', 'fill', 'fill-rule', 'clip-rule', 'fill-opacity'],
	pre: [],
	q: ['cite'],
	rp: [],
	rt: [],
	ruby: [],
	s: [],
	samp: [],
	section: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	svg: ['viewbox', 'width', 'height', 'fill', 'xmlns'],
	table: [],
	tbody: [],
	td: ['align', 'colspan', 'rowspan'],
	tfoot: [],
	th: ['align', 'colspan', 'rowspan', 'scope'],
	thead: [],
	time: ['datetime'],
	tr: [],
	u: [],
	ul: [],
	var: [],
	wbr: [],
};

/** Attributes whose value is a URL, judged by src/domain/safe-url.ts as a body link. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/**
 * Refused elements whose content goes with them: it is code, a document of its own, or form
 * controls. Any other refused element is unwrapped, so its text still reads.
 */
const REMOVED_WITH_CONTENT = new Set([
	'applet',
	'audio',
	'base',
	'button',
	'canvas',
	'embed',
	'foreignobject',
	'frame',
	'frameset',
	'iframe',
	'link',
	'math',
	'meta',
	'noembed',
	'noframes',
	'noscript',
	'object',
	'option',
	'plaintext',
	'script',
	'select',
	'style',
	'template',
	'textarea',
	'title',
	'video',
	'xmp',
]);

/**
 * The components a body may use without importing them, with the attributes each takes. The map
 * src/components/BodyContent.astro passes to <Content components> is held to these keys by `satisfies`.
 */
export const BODY_COMPONENTS = {
	Aside: ['type', 'title', 'icon'],
	Badge: ['text', 'variant', 'size'],
	Card: ['title', 'icon'],
	CardGrid: ['stagger'],
	FileTree: [],
	LinkCard: ['title', 'description', 'href'],
	Steps: [],
	TabItem: ['label', 'icon'],
	Tabs: ['syncKey'],
} as const satisfies Record<string, readonly string[]>;

/** The name of a component a body may use. */
export type BodyComponentName = keyof typeof BODY_COMPONENTS;

/** Every element a body may contain, for hints. */
export const ALLOWED_ELEMENT_NAMES: readonly string[] = Object.keys(ELEMENTS);

/** Every component a body may use, for hints. */
export const COMPONENT_NAMES = Object.keys(BODY_COMPONENTS) as BodyComponentName[];

export const isAllowedElement = (tag: string): boolean => Object.hasOwn(ELEMENTS, tag.toLowerCase());

/** True when the element's content goes with it (a script's code), false when its text may stay. */
export const isRemovedWithContent = (tag: string): boolean => REMOVED_WITH_CONTENT.has(tag.toLowerCase());

/** The attributes an allowed element takes, for hints. */
export const allowedAttributes = (tag: string): readonly string[] => [...GLOBAL_ATTRIBUTES, ...(ELEMENTS[tag.toLowerCase()] ?? [])];

export function isAllowedAttribute(tag: string, attribute: string): boolean {
	const name = attribute.toLowerCase();
	return GLOBAL_ATTRIBUTES.includes(name) || (ELEMENTS[tag.toLowerCase()]?.includes(name) ?? false);
}

export const isUrlAttribute = (attribute: string): boolean => URL_ATTRIBUTES.has(attribute.toLowerCase());

/** True for an attribute such as onclick, which runs script. */
export const isEventHandler = (attribute: string): boolean => attribute.toLowerCase().startsWith('on');

export const isBodyComponent = (name: string): name is BodyComponentName => Object.hasOwn(BODY_COMPONENTS, name);

export const isAllowedProp = (component: BodyComponentName, prop: string): boolean =>
	(BODY_COMPONENTS[component] as readonly string[]).includes(prop);

/** True when JSX reads the name as a component (Aside, ui.Card) rather than an HTML element (a, details). */
export const isComponentSyntax = (name: string): boolean => name.includes('.') || !/^[a-z]/.test(name);
