import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { GRAPH_STYLE } from '../graph/entity-style';

cytoscape.use(fcose);

/** The Cytoscape instance of each drawn graph, by container id, for the browser tests and for debugging. */
const drawn: Record<string, Core> = {};
(window as unknown as { explorerGraphs: typeof drawn }).explorerGraphs = drawn;

/**
 * Draws `elements` into `container` (replacing whatever graph it held) and resolves when the
 * layout has finished; the container then carries `data-status="drawn"`.
 */
export function drawGraph(container: HTMLElement, elements: ElementDefinition[], layout: LayoutOptions, prepare?: (cy: Core) => void): Promise<Core> {
  drawn[container.id]?.destroy();
  container.dataset.status = 'drawing';
  const cy = cytoscape({
    container,
    elements,
    style: GRAPH_STYLE,
    layout: { name: 'preset' },
    minZoom: 0.1,
    maxZoom: 3,
  });
  drawn[container.id] = cy;
  prepare?.(cy);
  return new Promise((resolve) => {
    const run = cy.elements(':visible').layout(layout);
    run.one('layoutstop', () => {
      cy.fit(cy.elements(':visible'), 30);
      container.dataset.status = 'drawn';
      resolve(cy);
    });
    run.run();
  });
}

/** Forgets the graph drawn in `container`. */
export function clearGraph(container: HTMLElement): void {
  drawn[container.id]?.destroy();
  delete drawn[container.id];
  container.dataset.status = 'empty';
}

/** The force-directed layout of neighbourhoods (fcose: fast, keeps clusters apart). */
export const FORCE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: 9000,
  idealEdgeLength: 90,
  nodeSeparation: 80,
  packComponents: true,
} as unknown as LayoutOptions;
