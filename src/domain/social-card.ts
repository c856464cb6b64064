/**
 * The picture a chat or social post shows for a link to an entry page (Open Graph, 1200 x 630): the
 * page's title, what kind of page it is, and the platform it belongs to. Written as SVG here and
 * turned into PNG at build without a browser (src/lib/social-image.ts).
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
	title: string;
	/** What kind of page: "Roadmap item". */
	type: string;
	/** The platform's name, such as "Runway". */
	platform: string;
	/** Who runs it, such as "Kestrel Freight". */
	organisation: string;
}

const MARGIN = 80;
const TITLE_SIZE = 64;
const TITLE_LINE = 76;
const MAX_LINES = 4;
/** Inter Bold's average advance per character, as a share of the font size: generous, so a line never overflows. */
const AVERAGE_ADVANCE = 0.57;

/** Text safe inside an SVG element or attribute. */
export const escapeXml = (text: string): string =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');

/**
 * Words of `text` filled into lines of at most `width` characters, at most `max` lines; a word longer
 * than a line is cut, and text left over ends the last line with an ellipsis.
 */
export function wrapText(text: string, width: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (candidate.length <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
	}
	if (line) lines.push(line);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	const last = kept[max - 1];
	kept[max - 1] = `${last.length + 1 > width ? last.slice(0, width - 1) : last}…`;
	return kept;
}

/** The card as an SVG document; every text from content is escaped. */
export function socialCardSvg(card: SocialCard): string {
	const perLine = Math.floor((CARD_WIDTH - 2 * MARGIN) / (TITLE_SIZE * AVERAGE_ADVANCE));
	const lines = wrapText(card.title, perLine, MAX_LINES);
	const titleTop = CARD_HEIGHT / 2 - ((lines.length - 1) * TITLE_LINE) / 2 + 10;
	const badgeWidth = Math.round(card.type.length * 15.5 + 48);
	const title = lines
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${titleTop + i * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#f8fafc">${escapeXml(line)}</text>`,
		)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Inter">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#111827"/>`,
		`<rect width="${CARD_WIDTH}" height="12" fill="#8b9cf7"/>`,
		`<rect x="${MARGIN}" y="${MARGIN}" width="${badgeWidth}" height="52" rx="26" fill="#1e2a4a" stroke="#8b9cf7" stroke-width="2"/>`,
		`<text x="${MARGIN + 24}" y="${MARGIN + 35}" font-size="28" font-weight="700" fill="#c7d0fb">${escapeXml(card.type)}</text>`,
		title,
		`<text x="${MARGIN}" y="${CARD_HEIGHT - MARGIN}" font-size="32" font-weight="700" fill="#f8fafc">${escapeXml(card.platform)}</text>`,
		`<text x="${CARD_WIDTH - MARGIN}" y="${CARD_HEIGHT - MARGIN}" font-size="28" text-anchor="end" fill="#9ca3af">${escapeXml(card.organisation)}</text>`,
		'</svg>',
	].join('');
}
