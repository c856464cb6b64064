/**
 * Every cycle in a directed graph, each reported once, as the list of nodes in edge order starting
 * from its smallest id (a -> b -> a is ["a", "b"]). Edges to unknown nodes are ignored.
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const seen = new Set<string>();
	const cycles: string[][] = [];

	const visit = (node: string) => {
		state.set(node, 'visiting');
		stack.push(node);
		for (const next of edges.get(node) ?? []) {
			if (!edges.has(next)) continue;
			if (state.get(next) === 'visiting') {
				const cycle = stack.slice(stack.indexOf(next));
				const start = cycle.indexOf([...cycle].sort()[0]);
				const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
				const key = rotated.join('\u0000');
				if (!seen.has(key)) {
					seen.add(key);
					cycles.push(rotated);
				}
			} else if (!state.has(next)) {
				visit(next);
			}
		}
		stack.pop();
		state.set(node, 'done');
	};

	for (const node of edges.keys()) if (!state.has(node)) visit(node);
	return cycles;
}
