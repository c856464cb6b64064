/** The facets the log's rows carry as data-* attributes (a JSON list for tags and decision-makers). */
const FACETS = ['status', 'area', 'tag', 'maker', 'year'] as const;
type Facet = (typeof FACETS)[number];
type State = Record<Facet | 'sort', string>;

interface Row {
	element: HTMLTableRowElement;
	values: Record<Facet, string[]>;
}

const valuesOf = (element: HTMLElement, facet: Facet): string[] => {
	const raw = element.dataset[facet] ?? '';
	if (raw.startsWith('[')) return JSON.parse(raw) as string[];
	return raw === '' ? [] : [raw];
};

const matches = (row: Row, state: State) => FACETS.every((facet) => state[facet] === '' || row.values[facet].includes(state[facet]));

const stateOf = (params: URLSearchParams): State =>
	Object.fromEntries([...FACETS, 'sort'].map((key) => [key, params.get(key) ?? ''])) as State;

const records = (count: number) => `${count} ${count === 1 ? 'record' : 'records'}`;

/** Compares rows for an order of the sort select: by decided date or by number, newest or highest first unless "-asc". */
function compare(sort: string): (a: HTMLElement, b: HTMLElement) => number {
	const key = sort.startsWith('number') ? 'number' : 'decided';
	const direction = sort.endsWith('-asc') ? 1 : -1;
	return (a, b) =>
		direction *
		((a.dataset[key] ?? '').localeCompare(b.dataset[key] ?? '') || (a.dataset.number ?? '').localeCompare(b.dataset.number ?? ''));
}

/**
 * Makes the decision log's filter form work: reads the state from the query string, shows only the
 * matching rows, orders them, hides years with none, updates every count, and writes the state back
 * to the address so the view can be shared. Links to the log with a query (tags, decision-makers)
 * filter in place.
 */
export function enhanceDecisionLog(form: HTMLFormElement): void {
	const groups = [...document.querySelectorAll<HTMLElement>('[data-year-group]')];
	const container = groups[0]?.parentElement;
	const rows: Row[] = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-decided]')].map((element) => ({
		element,
		values: Object.fromEntries(FACETS.map((facet) => [facet, valuesOf(element, facet)])) as Row['values'],
	}));
	const summary = form.querySelector<HTMLElement>('[data-decision-summary]');
	const empty = document.querySelector<HTMLElement>('[data-decision-empty]');
	const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

	const apply = (state: State) => {
		for (const facet of FACETS) {
			const control = select(facet);
			if (!control) continue;
			// A shared link may name a value no record has any more: keep it visible, with its count of none.
			if (state[facet] !== '' && ![...control.options].some((option) => option.value === state[facet])) {
				control.add(new Option(state[facet], state[facet]));
			}
			control.value = state[facet];
			for (const option of control.options) {
				if (option.value === '') continue;
				const count = rows.filter((row) => matches(row, { ...state, [facet]: option.value })).length;
				option.textContent = `${option.dataset.label ?? option.value} (${count})`;
			}
		}
		const sort = select('sort');
		if (sort) sort.value = [...sort.options].some((option) => option.value === state.sort) ? state.sort : sort.options[0].value;
		const order = compare(sort?.value ?? 'decided');

		let shown = 0;
		for (const row of rows) {
			row.element.hidden = !matches(row, state);
			if (!row.element.hidden) shown += 1;
		}
		for (const group of groups) {
			const body = group.querySelector('tbody');
			if (body) for (const row of [...body.rows].sort(order)) body.append(row);
			const visible = group.querySelectorAll('tr[data-decided]:not([hidden])').length;
			const total = group.querySelectorAll('tr[data-decided]').length;
			group.hidden = visible === 0;
			const count = group.querySelector('[data-year-count]');
			if (count) count.textContent = visible === total ? records(total) : `${visible} of ${records(total)}`;
		}
		if (container) {
			const ascending = (sort?.value ?? '').endsWith('-asc');
			const ordered = [...groups].sort(
				(a, b) => (ascending ? 1 : -1) * (a.dataset.yearGroup ?? '').localeCompare(b.dataset.yearGroup ?? ''),
			);
			for (const group of ordered) container.append(group);
		}
		if (summary)
			summary.textContent = shown === rows.length ? `Showing all ${records(rows.length)}.` : `Showing ${shown} of ${records(rows.length)}.`;
		if (empty) empty.hidden = shown > 0;
	};

	const write = (state: State, push: boolean) => {
		const params = new URLSearchParams();
		for (const [key, value] of Object.entries(state)) if (value !== '' && !(key === 'sort' && value === 'decided')) params.set(key, value);
		const query = params.toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	};

	form.addEventListener('change', () => {
		const state = Object.fromEntries([...FACETS, 'sort'].map((key) => [key, select(key)?.value ?? ''])) as State;
		write(state, false);
		apply(state);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	// A tag, a decision-maker or "Clear filters" links to this page with another query: filter in place.
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('a') : null;
		if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const url = new URL(link.href, location.href);
		if (url.origin !== location.origin || url.pathname !== location.pathname || url.hash !== '') return;
		event.preventDefault();
		const state = stateOf(url.searchParams);
		write(state, true);
		apply(state);
		form.scrollIntoView({ block: 'nearest' });
	});
	window.addEventListener('popstate', () => apply(stateOf(new URLSearchParams(location.search))));

	form.hidden = false;
	apply(stateOf(new URLSearchParams(location.search)));
}
