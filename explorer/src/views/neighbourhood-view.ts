import type { Core, EventObject } from 'cytoscape';
import { describeError, request } from '../api/graphql-client';
import { NeighbourhoodDocument } from '../gql/graphql';
import { ENTITY_LOOKS, lookOf } from '../graph/entity-style';
import { applyVisibility, isHub } from '../graph/hubs';
import { toCytoscapeElements } from '../graph/neighbourhood-elements';
import type { ExplorerView, ViewContext } from './context';
import { byId, h, swatch } from './dom';
import { clearGraph, drawGraph, FORCE_LAYOUT } from './graph-canvas';

/** Most nodes one neighbourhood draws (the API's limit keeps the nearest). */
const NODE_LIMIT = 300;

/**
 * The neighbourhood of the picked entity: depth 1-3, entity-type filters, collapsible hubs,
 * force layout (fcose), colour and shape by type with a legend, edges labelled by relationship
 * type. Clicking a node re-centres on it (a collapsed hub opens instead); clicking an edge shows its
 * sources.
 */
export class NeighbourhoodView implements ExplorerView {
  private readonly canvas = byId('neighbourhood-graph');
  private readonly legend = byId('neighbourhood-legend');
  private readonly filters = byId('neighbourhood-filters');
  private readonly depth = byId<HTMLSelectElement>('neighbourhood-depth');
  private readonly hubs = byId<HTMLInputElement>('neighbourhood-hubs');
  private readonly note = byId('neighbourhood-note');
  private context: ViewContext | null = null;
  private cy: Core | null = null;
  private collapsed = new Set<string>();

  constructor() {
    this.depth.addEventListener('change', () => this.context?.navigate({ depth: Number(this.depth.value) }));
    this.hubs.addEventListener('change', () => this.context?.navigate({ collapseHubs: this.hubs.checked }, { replace: true }));
    this.filters.append(
      h('legend', {}, 'Show types'),
      ...Object.entries(ENTITY_LOOKS).map(([type, look]) => {
        const box = h('input', { type: 'checkbox', value: type, checked: true, id: `show-${type}` });
        box.addEventListener('change', () => this.toggleType(type, box.checked));
        return h('label', { for: `show-${type}` }, box, swatch(look.colour), look.title);
      }),
    );
  }

  async render(context: ViewContext): Promise<void> {
    this.context = context;
    const { id, depth, hidden, collapseHubs } = context.state;
    this.depth.value = String(depth);
    this.hubs.checked = collapseHubs;
    for (const box of this.filters.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = !hidden.includes(box.value);
    if (!id) {
      clearGraph(this.canvas);
      this.cy = null;
      this.legend.replaceChildren();
      this.note.textContent = 'Search for an entity (a council, project, theme…) and pick it to see what it is connected to.';
      return;
    }
    this.note.textContent = 'Loading…';
    performance.mark('neighbourhood:request');
    let view;
    try {
      view = (await request(NeighbourhoodDocument, { id, depth, limit: NODE_LIMIT })).neighbourhood;
    } catch (error) {
      clearGraph(this.canvas);
      this.cy = null;
      this.note.textContent = '';
      context.say(describeError(error), 'error');
      return;
    }
    const hiddenTypes = new Set(hidden);
    this.cy = await drawGraph(this.canvas, toCytoscapeElements(view, id), FORCE_LAYOUT, (cy) => {
      this.collapsed = new Set(collapseHubs ? cy.nodes().filter((node) => isHub(node, id)).map((node) => node.id()) : []);
      applyVisibility(cy, id, this.collapsed, hiddenTypes);
      cy.on('tap', 'node', (event: EventObject) => this.onNodeTap(event));
      cy.on('tap', 'edge', (event: EventObject) => this.onEdgeTap(event));
    });
    performance.mark('neighbourhood:drawn');
    performance.measure('neighbourhood', 'neighbourhood:request', 'neighbourhood:drawn');
    this.cy.getElementById(context.state.selected ?? id).select();
    this.renderLegend();
    const centre = view.nodes.find((node) => node.id === id);
    this.note.textContent =
      `${centre?.label ?? id}: ${view.nodes.length} entities and ${view.edges.length} relationships within ${depth} ` +
      `${depth === 1 ? 'step' : 'steps'}${view.truncated ? ` (the nearest ${NODE_LIMIT} only)` : ''}. ` +
      'Click an entity to centre on it; click a dashed hub to open it.';
  }

  /** Opens a collapsed hub, or closes an open one. */
  toggleHub(hubId: string): void {
    if (!this.cy || !this.context?.state.id) return;
    if (this.collapsed.has(hubId)) this.collapsed.delete(hubId);
    else this.collapsed.add(hubId);
    applyVisibility(this.cy, this.context.state.id, this.collapsed, new Set(this.context.state.hidden));
    this.relayout();
  }

  private toggleType(type: string, shown: boolean): void {
    if (!this.context) return;
    const hidden = new Set(this.context.state.hidden);
    if (shown) hidden.delete(type);
    else hidden.add(type);
    this.context.navigate({ hidden: [...hidden] }, { replace: true });
  }

  private relayout(): void {
    this.cy?.elements(':visible').layout({ ...FORCE_LAYOUT, randomize: false, animate: true, animationDuration: 300 } as never).run();
  }

  private onNodeTap(event: EventObject): void {
    const id: string = event.target.id();
    if (!this.context) return;
    if (event.target.hasClass('hub-collapsed')) {
      this.toggleHub(id);
      this.context.select({ kind: 'entity', id });
      return;
    }
    if (id === this.context.state.id) {
      this.context.select({ kind: 'entity', id });
      return;
    }
    this.context.navigate({ id, selected: null });
  }

  private onEdgeTap(event: EventObject): void {
    const edge = event.target;
    this.context?.select({
      kind: 'edge',
      type: edge.data('type'),
      source: edge.data('source'),
      target: edge.data('target'),
      sourceLabel: edge.source().data('baseLabel') ?? edge.source().data('label'),
      targetLabel: edge.target().data('baseLabel') ?? edge.target().data('label'),
      properties: edge.data('properties'),
    });
  }

  private renderLegend(): void {
    if (!this.cy) return;
    const types = [...new Set(this.cy.nodes().map((node) => node.data('type') as string))].sort();
    this.legend.replaceChildren(
      h('h3', {}, 'Legend'),
      h(
        'ul',
        {},
        types.map((type) => {
          const count = this.cy!.nodes().filter((node) => node.data('type') === type).length;
          return h('li', { 'data-type': type }, swatch(lookOf(type).colour, lookOf(type).shape), `${lookOf(type).title} (${count})`);
        }),
        h('li', {}, h('span', { class: 'swatch hub-sample', 'aria-hidden': 'true' }), 'Collapsed hub: click to open'),
      ),
    );
  }
}
