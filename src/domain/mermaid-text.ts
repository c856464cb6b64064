/**
 * Text from content made safe for one line of mermaid source. Mermaid reads `#`, `:` and `;` as
 * syntax in journey tasks and sections (DOMAIN.md), and a line break ends a statement, so whitespace
 * runs become one space and the three characters become mermaid's entity codes (`#35;`, `#58;`,
 * `#59;`), which it decodes back to the characters when it draws the text.
 */
const ENTITY_CODES: Record<string, string> = { '#': '#35;', ':': '#58;', ';': '#59;' };

/** A name or title for a mermaid statement: one line, with `#`, `:` and `;` as entity codes. */
export function mermaidText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[#:;]/g, (char) => ENTITY_CODES[char]);
}
