import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Mermaid, MermaidConfig } from 'mermaid';
import { type Browser, type Page, chromium } from 'playwright';
import { cleanDiagramSvg, namedSvg, svgText } from '../domain/diagram-svg.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** A diagram drawn for both colour schemes, each as a cleaned <svg>. */
export interface RenderedDiagram {
	light: Element;
	dark: Element;
}

/** A diagram mermaid could not draw, with mermaid's reason. */
export class DiagramSyntaxError extends Error {
	/** The diagram's mermaid source. */
	readonly source: string;
	constructor(source: string, reason: string) {
		super(reason);
		this.name = 'DiagramSyntaxError';
		this.source = source;
	}
}

/** Labels as SVG text (no HTML in the diagram), strict security, and each scheme's theme. */
const BASE_CONFIG: MermaidConfig = {
	startOnLoad: false,
	securityLevel: 'strict',
	htmlLabels: false,
	flowchart: { htmlLabels: false },
	fontFamily: 'arial, sans-serif',
};
const THEMES = { light: { ...BASE_CONFIG, theme: 'default' }, dark: { ...BASE_CONFIG, theme: 'dark' } } satisfies Record<
	string,
	MermaidConfig
>;

const require = createRequire(import.meta.url);
const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;
const MERMAID_SCRIPT = require.resolve('mermaid/dist/mermaid.min.js');
/** Bump when the rendering or the cleaning changes, so cached diagrams are drawn again. */
const RENDERING = `4:${MERMAID_VERSION}:${JSON.stringify(THEMES)}`;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

interface Waiting {
	source: string;
	resolve: (diagram: RenderedDiagram) => void;
	reject: (error: unknown) => void;
}

/**
 * One renderer per process (the Markdown pipeline and the pages of a build share it through
 * globalThis, since Vite bundles this module again for the pages): one Chromium and one page with
 * mermaid loaded for the whole build, diagrams asked for at about the same time drawn together, and
 * every drawing kept on disk by its source, so a rebuild draws only new diagrams.
 */
interface State {
	chromium: string | undefined;
	cacheDir: string;
	browser?: Promise<Browser>;
	page?: Promise<Page>;
	drawn: Map<string, Promise<RenderedDiagram>>;
	queue: Waiting[];
	timer?: NodeJS.Timeout;
	idle?: NodeJS.Timeout;
	/** The batch being drawn: one page draws one batch at a time, since each sets mermaid's theme. */
	drawing: Promise<void>;
	busy: number;
}

const KEY = Symbol.for('trailmap.diagrams');
const holder = globalThis as typeof globalThis & { [KEY]?: State };

function state(): State {
	holder[KEY] ??= {
		chromium: findChromium(),
		cacheDir: path.resolve('node_modules/.cache/trailmap-diagrams'),
		drawn: new Map(),
		queue: [],
		busy: 0,
		drawing: Promise.resolve(),
	};
	return holder[KEY];
}

/** How this process shows diagrams: as SVG drawn at build time when it has a Chromium, else drawn in the reader's browser. */
export const diagramMode = (): 'svg' | 'browser' => (state().chromium ? 'svg' : 'browser');

/**
 * Looks for a Chromium again (each build does, so CHROMIUM_PATH can change between builds in one
 * process) and returns it, or undefined when there is none and readers' browsers draw the diagrams.
 */
export async function detectDiagramBrowser(): Promise<string | undefined> {
	const current = state();
	const found = findChromium();
	if (found !== current.chromium) await closeDiagrams();
	current.chromium = found;
	return found;
}

/** The page mermaid draws in, started on first use: a blank document with mermaid's script. */
function mermaidPage(current: State): Promise<Page> {
	current.page ??= (async () => {
		current.browser ??= chromium.launch({ executablePath: current.chromium, args: CHROMIUM_ARGS });
		const page = await (await current.browser).newPage();
		await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
		await page.addScriptTag({ path: MERMAID_SCRIPT });
		return page;
	})();
	return current.page;
}

/** What one diagram came to in the page: its SVG, or mermaid's reason for refusing it. */
type Drawing = { svg: string } | { error: string };

/** Runs in the page: draws each diagram in turn (mermaid draws one at a time) with one theme, ids `prefix-<n>`. */
async function drawInPage({ sources, config, prefix }: { sources: string[]; config: MermaidConfig; prefix: string }): Promise<Drawing[]> {
	const { mermaid } = globalThis as unknown as { mermaid: Mermaid };
	mermaid.initialize(config);
	const container = document.createElement('div');
	container.style.cssText = 'position:absolute;left:-10000px;top:0;width:1200px';
	document.body.append(container);
	const drawings: Drawing[] = [];
	for (const [index, source] of sources.entries()) {
		try {
			drawings.push({ svg: (await mermaid.render(`${prefix}-${index}`, source, container)).svg });
		} catch (error) {
			drawings.push({ error: error instanceof Error ? error.message : String(error) });
		}
	}
	container.remove();
	return drawings;
}

/** Closes the shared browser; the next diagram starts a new one. */
export async function closeDiagrams(): Promise<void> {
	const current = state();
	clearTimeout(current.idle);
	const browser = current.browser;
	current.browser = undefined;
	current.page = undefined;
	await (await browser)?.close();
}

function cleaned(svg: string): Element {
	const clean = cleanDiagramSvg(fromHtml(svg, { fragment: true }));
	if (!clean) throw new Error('mermaid returned no <svg>');
	return clean;
}

async function drawBatch(current: State, batch: Waiting[]): Promise<void> {
	current.busy += 1;
	clearTimeout(current.idle);
	try {
		const page = await mermaidPage(current);
		const sources = batch.map((waiting) => waiting.source);
		// Ids are unique to the batch's sources, so diagrams from different batches never clash on one page.
		const prefix = `m${sha(sources.join('\0')).slice(0, 8)}`;
		const light = await page.evaluate(drawInPage, { sources, config: THEMES.light, prefix: `${prefix}l` });
		const dark = await page.evaluate(drawInPage, { sources, config: THEMES.dark, prefix: `${prefix}d` });
		await mkdir(current.cacheDir, { recursive: true });
		await Promise.all(
			batch.map(async (waiting, i) => {
				const [l, d] = [light[i], dark[i]];
				if ('error' in l || 'error' in d) {
					waiting.reject(new DiagramSyntaxError(waiting.source, 'error' in l ? l.error : (d as { error: string }).error));
					return;
				}
				try {
					const diagram = { light: cleaned(l.svg), dark: cleaned(d.svg) };
					await writeFile(path.join(current.cacheDir, `${sha(`${RENDERING}\0${waiting.source}`)}.json`), JSON.stringify(diagram));
					waiting.resolve(diagram);
				} catch (error) {
					waiting.reject(error);
				}
			}),
		);
	} catch (error) {
		for (const waiting of batch) waiting.reject(new Error('Chromium could not draw the diagrams', { cause: error }));
	} finally {
		current.busy -= 1;
		// Between builds in one process (dev, tests) the browser closes once nothing has been drawn for a while.
		if (current.busy === 0) current.idle = setTimeout(() => void closeDiagrams(), 30_000).unref();
	}
}

/** Waits a moment for more diagrams, then draws everything asked for meanwhile in one page per theme. */
function enqueue(current: State, source: string): Promise<RenderedDiagram> {
	return new Promise((resolve, reject) => {
		current.queue.push({ source, resolve, reject });
		current.timer ??= setTimeout(() => {
			const batch = current.queue;
			current.queue = [];
			current.timer = undefined;
			current.drawing = current.drawing.then(() => drawBatch(current, batch));
		}, 40);
	});
}

async function fromCache(current: State, source: string): Promise<RenderedDiagram | undefined> {
	const file = path.join(current.cacheDir, `${sha(`${RENDERING}\0${source}`)}.json`);
	return readFile(file, 'utf8').then(
		(text) => JSON.parse(text) as RenderedDiagram,
		() => undefined,
	);
}

/**
 * The mermaid diagram `source` drawn as SVG for light and dark, cleaned by the diagram policy
 * (src/domain/diagram-svg.ts); undefined when there is no Chromium, and the reader's browser draws it.
 * Rejects with a DiagramSyntaxError when mermaid cannot draw it.
 */
export function renderDiagram(source: string): Promise<RenderedDiagram | undefined> {
	const current = state();
	if (!current.chromium) return Promise.resolve(undefined);
	let drawn = current.drawn.get(source);
	if (!drawn) {
		drawn = fromCache(current, source).then((cached) => cached ?? enqueue(current, source));
		current.drawn.set(source, drawn);
		// A failed drawing is not kept: the next build (after a fix elsewhere, or with a working browser) tries again.
		drawn.catch(() => current.drawn.delete(source));
	}
	return drawn;
}

/**
 * The svg at the size mermaid drew it (its viewBox), rather than shrunk to the column: shrunk, a
 * long journey's labels would be too small to read.
 */
function naturalSize(svg: Element): Element {
	const [, , width, height] = String(svg.properties.viewBox ?? '')
		.split(/[\s,]+/)
		.map(Number);
	if (!(width > 0 && height > 0)) return svg;
	return { ...svg, properties: { ...svg.properties, width: Math.ceil(width), height: Math.ceil(height), style: undefined } };
}

/** A short id for a diagram on a page, from its source. */
export const diagramId = (source: string): string => `tm-diagram-${sha(source).slice(0, 10)}`;

/**
 * A drawn diagram as a tree: both schemes' SVGs, each named by `title` and described by
 * `description` (for a body's diagram, mermaid's accTitle and accDescr, else a name from its type),
 * of which CSS shows the one that matches the page's scheme.
 */
export function diagramTree(diagram: RenderedDiagram, source: string, title?: string, description?: string): Element {
	const id = diagramId(source);
	// Mermaid names the diagram's type in aria-roledescription, such as "flowchart-v2".
	const kind = String(diagram.light.properties.ariaRoleDescription ?? '').replace(/-v\d+$/, '');
	const name = title ?? svgText(diagram.light, 'title') ?? (kind === '' ? 'Diagram' : `Diagram: ${kind}`);
	const about = description ?? svgText(diagram.light, 'desc');
	const scheme = (svg: Element, which: 'light' | 'dark'): Element => ({
		type: 'element',
		tagName: 'div',
		// A diagram wider than the column scrolls in its own box, so the keyboard can reach it too.
		properties: { className: [`tm-mermaid-${which}`], tabIndex: 0 },
		children: [namedSvg(naturalSize(svg), `${id}-${which}`, name, about)],
	});
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['tm-mermaid'] },
		children: [scheme(diagram.light, 'light'), scheme(diagram.dark, 'dark')],
	};
}

/** The markup of diagramTree, for a page to write as HTML. */
export const diagramMarkup = (diagram: RenderedDiagram, source: string, title?: string, description?: string): string =>
	toHtml(diagramTree(diagram, source, title, description));
