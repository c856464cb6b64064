import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** Inter, shipped as TrueType so the renderer needs no system fonts. */
const FONTS = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'].map(
	(file) => require.resolve(file),
);

/** Rendered cards by the hash of their SVG, so a rebuild renders only cards whose text changed. */
const CACHE = path.resolve('node_modules/.cache/trailmap-social');

/** An SVG social card as PNG bytes, rendered without a browser (resvg), from the cache when the same SVG was rendered before. */
export function socialCardPng(svg: string): Buffer {
	const file = path.join(CACHE, `${createHash('sha256').update(svg).digest('hex')}.png`);
	if (existsSync(file)) return readFileSync(file);
	const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().asPng();
	mkdirSync(CACHE, { recursive: true });
	writeFileSync(file, png);
	return png;
}
