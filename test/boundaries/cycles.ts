import type { ModuleGraph } from './module-graph.js';

/** Strongly connected components with more than one module, or one module importing itself (Tarjan). */
const tangles = (graph: ModuleGraph): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
};

/** The shortest way back from a component's first module to itself, staying inside the component. */
const loopThrough = (graph: ModuleGraph, component: readonly string[]): string[] => {
  const inside = new Set(component);
  const start = component[0] ?? '';
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] ?? '';
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const chain: string[] = [];
        for (let at: string | undefined = v; at !== undefined && at !== start; at = previous.get(at)) chain.unshift(at);
        return [start, ...chain, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
};

/** Every import cycle, one readable loop per tangle of modules ("a.ts → b.ts → a.ts"), in a stable order. */
export const findCycles = (graph: ModuleGraph): string[] =>
  tangles(graph).map((component) => {
    const loop = loopThrough(graph, component).join(' → ');
    return component.length > 2 ? `${loop} (tangle of ${component.length} modules: ${component.join(', ')})` : loop;
  });
