import { correctQuery } from '../domain/spelling.ts';

/** The part of Pagefind's browser API the search page uses. */
interface Pagefind {
	options(options: { baseUrl: string }): Promise<void>;
	search(
		term: string | null,
		options: { filters: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<{
		results: { data(): Promise<Result> }[];
		filters: Record<string, Record<string, number>>;
		totalFilters: Record<string, Record<string, number>>;
	}>;
}
interface Result {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}

/** Results shown at once; the rest are counted. */
const SHOWN = 30;

/** Pagefind's excerpt as nodes: its text, with only its <mark> highlights kept as elements. */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

function resultItem(result: Result): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	// The title meta carries the page's type for Starlight's dialog (src/components/SearchData.astro); this list shows the type on its own line.
	const title = result.meta.title ?? result.url;
	const suffix = result.meta.type ? ` · ${result.meta.type}` : '';
	link.textContent = suffix && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
	const facts = document.createElement('p');
	facts.className = 'tm-muted';
	facts.textContent = [result.meta.type, result.meta.status, result.meta.date].filter(Boolean).join(' · ');
	const excerpt = document.createElement('p');
	excerpt.append(...excerptNodes(result.excerpt));
	item.append(link, facts, excerpt);
	return item;
}

/**
 * The search page's behaviour: the form's state lives in the query string (a shareable link such as
 * /search/?q=ci&type=Decision+record), results and per-value counts update as the reader types or
 * ticks, and a query with a word the site never uses is corrected to the nearest word it does, when
 * that finds more.
 */
export function runSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('form.tm-search');
	if (!form) return;
	const status = form.querySelector<HTMLElement>('.tm-search-status')!;
	const list = form.querySelector<HTMLOListElement>('.tm-search-list')!;
	const vocabulary = JSON.parse(document.getElementById('tm-search-words')?.textContent ?? '[]') as string[];
	const pagefind = import(/* @vite-ignore */ form.dataset.bundle!) as Promise<Pagefind>;

	// The query string fills the form, so a shared link shows what its sender saw.
	const params = new URLSearchParams(location.search);
	for (const element of form.elements) {
		if (element instanceof HTMLInputElement && element.type === 'checkbox')
			element.checked = params.getAll(element.name).includes(element.value);
		else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) element.value = params.get(element.name) ?? '';
	}

	let run = 0;
	async function update(): Promise<void> {
		const mine = ++run;
		const data = new FormData(form!);
		const query = new URLSearchParams(
			[...data]
				.map(([key, value]) => [key, typeof value === 'string' ? value : ''] as [string, string])
				.filter(([, value]) => value !== ''),
		);
		history.replaceState(null, '', query.size > 0 ? `?${query}` : location.pathname);
		const filters: Record<string, string[]> = {};
		for (const checkbox of form!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
			(filters[checkbox.name] ??= []).push(checkbox.value);
		const [key, order] = (query.get('sort') ?? '').split('-');
		const sort = key ? { [key]: order as 'asc' | 'desc' } : undefined;
		const term = (query.get('q') ?? '').trim();
		const api = await pagefind;
		await api.options({ baseUrl: form!.dataset.base! });
		let search = await api.search(term || null, { filters, sort });
		let note = '';
		// A word the site never uses is likely a typo: the nearest word the site uses wins when it finds more.
		const correction = term ? correctQuery(term, vocabulary) : undefined;
		if (correction) {
			const corrected = await api.search(correction, { filters, sort });
			if (corrected.results.length > search.results.length) {
				const found = search.results.length;
				note = ` for “${correction}” (“${term}” matched ${found === 0 ? 'nothing' : found === 1 ? 'one page' : `${found} pages`})`;
				search = corrected;
			}
		}
		if (mine !== run) return;
		for (const count of form!.querySelectorAll<HTMLElement>('[data-count]')) {
			const checkbox = count.parentElement?.querySelector('input');
			if (!checkbox) continue;
			count.textContent = `(${search.filters[checkbox.name]?.[checkbox.value] ?? 0})`;
		}
		const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
		if (mine !== run) return;
		list.replaceChildren(...results.map(resultItem));
		const total = search.results.length;
		status.textContent =
			total === 0
				? 'No pages match. Try fewer words or untick a filter.'
				: `${total} ${total === 1 ? 'page' : 'pages'}${note}${total > SHOWN ? `, the first ${SHOWN} shown` : ''}.`;
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	form.addEventListener('input', () => void update());
	// Facets stay open beside the results on a wide screen; on a phone they fold away above them.
	const facets = form.querySelector<HTMLDetailsElement>('.tm-search-facets');
	if (facets && !matchMedia('(min-width: 50rem)').matches) facets.open = false;
	status.textContent = 'Loading search…';
	void update();
}
