/** Writing SVG as text: every attribute value and text node escaped, so content never becomes markup. */

/** Escapes text for an XML text node or a quoted attribute value. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type Attributes = Record<string, string | number | undefined>;

/** A number as an SVG coordinate: at most two decimals, no exponent. */
export const coordinate = (value: number): string => String(Math.round(value * 100) / 100);

/** A percentage of the chart's width, for x coordinates that follow the width of the page. */
export const percent = (value: number): string => `${coordinate(value)}%`;

/** One element with escaped attributes; `children` are elements already written, or text to escape. */
export function element(name: string, attributes: Attributes, children: readonly string[] | { text: string } = []): string {
	const attrs = Object.entries(attributes)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? coordinate(value) : value)}"`)
		.join('');
	const inner = Array.isArray(children) ? children.join('') : escapeXml((children as { text: string }).text);
	return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}
