import dagre from '@dagrejs/dagre';

/** A box to place: its id and size in model pixels. */
export interface Box {
  id: string;
  width: number;
  height: number;
}

/** Centre of each box after layout, by id. */
export type Positions = Map<string, { x: number; y: number }>;

/**
 * Places boxes in layers left to right with dagre (Sugiyama layering, fewest crossings): every
 * edge points from one layer to a later one, so a lineage reads origin -> generation 1 -> ...
 */
export function layoutLayers(boxes: Box[], edges: { source: string; target: string }[], rankSep = 90): Positions {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', ranksep: rankSep, nodesep: 24, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const box of boxes) graph.setNode(box.id, { width: box.width, height: box.height });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions: Positions = new Map();
  for (const box of boxes) {
    const { x, y } = graph.node(box.id);
    positions.set(box.id, { x, y });
  }
  return positions;
}
