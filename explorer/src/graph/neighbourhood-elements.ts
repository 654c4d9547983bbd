import type { ElementDefinition } from 'cytoscape';
import type { NeighbourhoodQuery } from '../gql/graphql';
import { lookOf } from './entity-style';

type GraphView = NeighbourhoodQuery['neighbourhood'];

/**
 * The neighbourhood -> Cytoscape mapping: one node element per GraphNode (id, label, type and its
 * look), one edge element per GraphEdge labelled with the relationship type. Properties stay in
 * `data.properties` for the details panel. The centre gets the class `centre`.
 */
export function toCytoscapeElements(view: GraphView, centreId: string): ElementDefinition[] {
  const nodes: ElementDefinition[] = view.nodes.map((node) => {
    const look = lookOf(node.type);
    return {
      group: 'nodes',
      data: { id: node.id, label: node.label, type: node.type, colour: look.colour, shape: look.shape, properties: node.properties },
      classes: node.id === centreId ? 'centre' : undefined,
    };
  });
  const edges: ElementDefinition[] = view.edges.map((edge) => ({
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, label: edge.type, type: edge.type, properties: edge.properties },
  }));
  return [...nodes, ...edges];
}
