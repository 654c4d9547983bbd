import { GraphEdge, GraphNode, GraphView } from './graph-view.type';

// The maps below say `props`, not `properties`: src/neo4j/convert.ts takes any map with
// `properties` and `type` for a driver Relationship and would flatten it.

/** A node as graph-view statements return it. */
export interface NodeRow {
  label: string;
  props: Record<string, unknown>;
}

/** A relationship as graph-view statements return it. */
export interface EdgeRow {
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

/** Returns a node map in graph-view statements: `{label, props}` of node variable `n`. */
export const NODE_MAP = (n: string) => `{label: labels(${n})[0], props: properties(${n})}`;

/** Returns a relationship map in graph-view statements: `{type, source, target, props}` of `r`. */
export const EDGE_MAP = (r: string) =>
  `{type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r})}`;

/** Turns the rows of a graph-view statement into the view, deduplicating nodes and edges by id. */
export function toGraphView(nodes: NodeRow[], edges: EdgeRow[], truncated: boolean): GraphView {
  const nodeById = new Map<string, GraphNode>();
  for (const { label, props: properties } of nodes) {
    const id = properties.id as string;
    const display = properties.name ?? properties.title ?? properties.statement ?? id;
    nodeById.set(id, { id, type: label, label: String(display), properties });
  }
  const edgeById = new Map<string, GraphEdge>();
  for (const { type, source, target, props: properties } of edges) {
    const id = `${source}-${type}-${target}`;
    edgeById.set(id, { id, source, target, type, properties });
  }
  return { nodes: [...nodeById.values()], edges: [...edgeById.values()], truncated };
}
