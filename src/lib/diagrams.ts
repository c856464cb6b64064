import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MermaidConfig } from 'mermaid';
import { createMermaidRenderer, type MermaidRenderer } from 'mermaid-isomorphic';
import { type Browser, type BrowserType, chromium } from 'playwright';
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
const THEMES = { light: { ...BASE_CONFIG, theme: 'default' }, dark: { ...BASE_CONFIG, theme: 'dark' } } satisfies Record<string, MermaidConfig>;

const MERMAID_VERSION = (createRequire(import.meta.url)('mermaid/package.json') as { version: string }).version;
/** Bump when the rendering or the cleaning changes, so cached diagrams are drawn again. */
const RENDERING = `3:${MERMAID_VERSION}:${JSON.stringify(THEMES)}`;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

interface Waiting {
	source: string;
	resolve: (diagram: RenderedDiagram) => void;
	reject: (error: unknown) => void;
}

/**
 * One renderer per process (the Markdown pipeline and the pages of a build share it through
 * globalThis, since Vite bundles this module again for the pages): one Chromium for the whole build,
 * diagrams asked for at about the same time drawn together in one page, and every drawing kept on
 * disk by its source, so a rebuild draws only new diagrams.
 */
interface State {
	chromium: string | undefined;
	cacheDir: string;
	browser?: Promise<Browser>;
	renderer?: MermaidRenderer;
	drawn: Map<string, Promise<RenderedDiagram>>;
	queue: Waiting[];
	timer?: NodeJS.Timeout;
	idle?: NodeJS.Timeout;
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
	};
	return holder[KEY];
}

/** How this process shows diagrams: as SVG drawn at build time when it has a Chromium, else drawn in the reader's browser. */
export const diagramMode = (): 'svg' | 'browser' => (state().chromium ? 'svg' : 'browser');

/** The Chromium that draws diagrams, or undefined when there is none. */
export const diagramBrowser = (): string | undefined => state().chromium;

/** A browser type whose launch hands out contexts of the one shared browser, so mermaid-isomorphic never starts a second. */
function sharedBrowserType(current: State, executablePath: string): BrowserType {
	const launch = async () => {
		current.browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS });
		const browser = await current.browser;
		// mermaid-isomorphic closes what it launched after each batch; the shared browser stays open until closeDiagrams.
		return { newContext: (options: Parameters<Browser['newContext']>[0]) => browser.newContext(options), close: async () => {} };
	};
	// mermaid-isomorphic calls launch() alone of a BrowserType.
	return { launch } as unknown as BrowserType;
}

/** Closes the shared browser; the next diagram starts a new one. */
export async function closeDiagrams(): Promise<void> {
	const current = state();
	clearTimeout(current.idle);
	const browser = current.browser;
	current.browser = undefined;
	current.renderer = undefined;
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
		current.renderer ??= createMermaidRenderer({ browserType: sharedBrowserType(current, current.chromium!) });
		const sources = batch.map((waiting) => waiting.source);
		// Ids are unique to the batch's sources, so diagrams from different batches never clash on one page.
		const prefix = `m${sha(sources.join('\0')).slice(0, 8)}`;
		const [light, dark] = await Promise.all([
			current.renderer(sources, { mermaidConfig: THEMES.light, prefix: `${prefix}l` }),
			current.renderer(sources, { mermaidConfig: THEMES.dark, prefix: `${prefix}d` }),
		]);
		await mkdir(current.cacheDir, { recursive: true });
		await Promise.all(
			batch.map(async (waiting, i) => {
				const [l, d] = [light[i], dark[i]];
				if (l.status === 'rejected' || d.status === 'rejected') {
					const reason = l.status === 'rejected' ? l.reason : (d as PromiseRejectedResult).reason;
					waiting.reject(new DiagramSyntaxError(waiting.source, reason instanceof Error ? reason.message : String(reason)));
					return;
				}
				try {
					const diagram = { light: cleaned(l.value.svg), dark: cleaned(d.value.svg) };
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
		if (current.busy === 0) current.idle = setTimeout(() => void closeDiagrams(), 5000).unref();
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
			void drawBatch(current, batch);
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

/** A short id for a diagram on a page, from its source. */
export const diagramId = (source: string): string => `tm-diagram-${sha(source).slice(0, 10)}`;

/**
 * The markup of a drawn diagram: both schemes' SVGs, each named by `title` and described by
 * `description` (for a body's diagram, mermaid's accTitle and accDescr, else a name from its type),
 * of which CSS shows the one that matches the page's scheme.
 */
export function diagramMarkup(diagram: RenderedDiagram, source: string, title?: string, description?: string): string {
	const id = diagramId(source);
	// Mermaid names the diagram's type in aria-roledescription, such as "flowchart-v2".
	const kind = String(diagram.light.properties.ariaRoleDescription ?? '').replace(/-v\d+$/, '');
	const name = title ?? svgText(diagram.light, 'title') ?? (kind === '' ? 'Diagram' : `Diagram: ${kind}`);
	const about = description ?? svgText(diagram.light, 'desc');
	const scheme = (svg: Element, which: 'light' | 'dark') =>
		`<div class="tm-mermaid-${which}">${toHtml(namedSvg(svg, `${id}-${which}`, name, about), { space: 'svg' })}</div>`;
	return `<div class="tm-mermaid">${scheme(diagram.light, 'light')}${scheme(diagram.dark, 'dark')}</div>`;
}
