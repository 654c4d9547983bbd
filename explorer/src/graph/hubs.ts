import type { Core, NodeSingular } from 'cytoscape';
import { HUB_TYPES } from './entity-style';

/** Hubs with fewer neighbours than this are never collapsed: they do not swamp the view. */
const MIN_HUB_DEGREE = 5;

/** True for a node that may be collapsed: a round, theme, programme or region with many neighbours. */
export function isHub(node: NodeSingular, centreId: string): boolean {
  return node.id() !== centreId && HUB_TYPES.has(node.data('type')) && node.degree(false) >= MIN_HUB_DEGREE;
}

/**
 * Shows or hides elements for the type filters and the collapsed hubs. A collapsed hub keeps its
 * node (dashed border, label "+n" for the relationships it hides) and the edges that lead back
 * towards the centre, but hides the edges to everything further out; whatever the centre can then
 * no longer reach is hidden. Nodes of `hiddenTypes` are hidden (never the centre).
 */
export function applyVisibility(cy: Core, centreId: string, collapsed: Set<string>, hiddenTypes: Set<string>): void {
  const centre = cy.getElementById(centreId);
  const distance = new Map<string, number>();
  cy.elements().bfs({
    root: centre,
    directed: false,
    visit: (node, _edge, _previous, _index, depth) => {
      distance.set(node.id(), depth);
    },
  });
  const hidden = new Set<string>();
  const labels = new Map<string, string>();
  cy.nodes().forEach((node) => {
    const base: string = node.data('baseLabel') ?? node.data('label');
    labels.set(node.id(), base);
    if (node.id() !== centreId && hiddenTypes.has(node.data('type'))) {
      hidden.add(node.id());
      node.connectedEdges().forEach((edge) => void hidden.add(edge.id()));
    }
    if (!collapsed.has(node.id()) || !isHub(node, centreId)) return;
    const own = distance.get(node.id()) ?? 0;
    const tail = node.connectedEdges().filter((edge) => (distance.get(edge.connectedNodes().not(node).id()) ?? 0) >= own);
    tail.forEach((edge) => void hidden.add(edge.id()));
    labels.set(node.id(), `${base} (+${tail.length})`);
  });
  const shown = cy.elements().filter((element) => !hidden.has(element.id()));
  const reached = new Set(shown.bfs({ root: centre, directed: false }).path.map((element) => element.id()));
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.data('baseLabel', node.data('baseLabel') ?? node.data('label'));
      node.data('label', labels.get(node.id()));
      node.toggleClass('hub-collapsed', labels.get(node.id()) !== node.data('baseLabel'));
      node.style('display', reached.has(node.id()) ? 'element' : 'none');
    });
    cy.edges().forEach((edge) => {
      edge.style('display', hidden.has(edge.id()) ? 'none' : 'element');
    });
  });
}
