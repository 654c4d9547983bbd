import type { ElementDefinition, EventObject } from 'cytoscape';
import { describeError, request } from '../api/graphql-client';
import { LineageDocument, type LineageQuery } from '../gql/graphql';
import { layoutLayers, type Box } from '../graph/dagre-layout';
import { lookOf } from '../graph/entity-style';
import type { ExplorerView, ViewContext } from './context';
import { byId, h } from './dom';
import { clearGraph, drawGraph } from './graph-canvas';

type Step = LineageQuery['lineage'][number]['steps'][number];

const PROJECT_HEIGHT = 34;
const COUNCIL_HEIGHT = 20;
const COUNCIL_GAP = 4;
const BOX_WIDTH = 200;

function generationTitle(depth: number): string {
  if (depth === 0) return 'This project';
  return depth > 0 ? `Generation ${depth}` : `Ancestors, ${-depth} back`;
}

function councilText(adoption: Step['adoptingCouncils'][number]): string {
  const when = [adoption.round?.name, adoption.year].filter(Boolean).join(', ');
  return when ? `${adoption.council.name} (${when})` : adoption.council.name;
}

function derivationText(step: Step): string {
  return [step.mode, step.year].filter(Boolean).join(' · ');
}

/**
 * Cytoscape elements of a lineage, placed by dagre left to right (ancestors, the project, then
 * each generation that scales or spreads the one before): each project is a box with its adopting
 * councils stacked under it inside a group; derivation edges are labelled "mode · year".
 */
function lineageElements(steps: Step[], projectId: string): ElementDefinition[] {
  const byProject = new Map<string, Step[]>();
  for (const step of steps) byProject.set(step.project.id, [...(byProject.get(step.project.id) ?? []), step]);
  const councilsOf = (id: string) => {
    const seen = new Map<string, Step['adoptingCouncils'][number]>();
    for (const step of byProject.get(id) ?? []) for (const a of step.adoptingCouncils) seen.set(a.council.id, a);
    return [...seen.values()].sort((a, b) => a.council.name.localeCompare(b.council.name));
  };
  const boxes: Box[] = [...byProject.keys()].map((id) => ({
    id,
    width: BOX_WIDTH,
    height: PROJECT_HEIGHT + councilsOf(id).length * (COUNCIL_HEIGHT + COUNCIL_GAP) + 12,
  }));
  const derivations = steps.filter((step) => step.parent && byProject.has(step.parent.id));
  const positions = layoutLayers(boxes, derivations.map((step) => ({ source: step.parent!.id, target: step.project.id })), 110);
  const elements: ElementDefinition[] = [];
  const columns = new Map<number, number>();
  let highest = Infinity;
  for (const box of boxes) {
    const centre = positions.get(box.id)!;
    const top = centre.y - box.height / 2;
    const step = byProject.get(box.id)![0];
    columns.set(step.depth, centre.x);
    highest = Math.min(highest, top);
    elements.push({
      group: 'nodes',
      data: { id: `group:${box.id}`, label: '' },
      classes: 'lineage-group',
    });
    elements.push({
      group: 'nodes',
      data: { id: box.id, parent: `group:${box.id}`, label: step.project.name, type: 'Project', colour: lookOf('Project').colour, depth: step.depth },
      classes: `lineage-project${box.id === projectId ? ' centre' : ''}`,
      position: { x: centre.x, y: top + 6 + PROJECT_HEIGHT / 2 },
    });
    councilsOf(box.id).forEach((adoption, index) => {
      elements.push({
        group: 'nodes',
        data: {
          id: `${box.id}|${adoption.council.id}`,
          entityId: adoption.council.id,
          parent: `group:${box.id}`,
          label: councilText(adoption),
          type: 'Council',
          colour: lookOf('Council').colour,
          round: adoption.round?.name ?? null,
        },
        classes: 'lineage-council',
        position: { x: centre.x, y: top + 6 + PROJECT_HEIGHT + COUNCIL_GAP + COUNCIL_HEIGHT / 2 + index * (COUNCIL_HEIGHT + COUNCIL_GAP) },
      });
    });
  }
  for (const step of derivations) {
    elements.push({
      group: 'edges',
      data: { id: `${step.parent!.id}->${step.project.id}`, source: step.parent!.id, target: step.project.id, label: derivationText(step), type: step.mode === 'spread' ? 'SPREADS' : 'SCALES' },
      classes: 'lineage-derivation',
    });
  }
  for (const [depth, x] of columns) {
    elements.push({
      group: 'nodes',
      data: { id: `generation:${depth}`, label: generationTitle(depth) },
      classes: 'generation-label',
      position: { x, y: highest - 24 },
      selectable: false,
      grabbable: false,
    });
  }
  return elements;
}

/**
 * The lineage of a project, the view an evaluator asks for: generations left to right, each
 * step labelled with mode and year, adopting councils beside each project with the round; the
 * same content as a list under the graph.
 */
export class LineageView implements ExplorerView {
  private readonly canvas = byId('lineage-graph');
  private readonly list = byId('lineage-list');
  private readonly title = byId('lineage-title');
  private readonly direction = byId<HTMLSelectElement>('lineage-direction');
  private context: ViewContext | null = null;

  constructor() {
    this.direction.addEventListener('change', () =>
      this.context?.navigate({ direction: this.direction.value as ViewContext['state']['direction'] }),
    );
  }

  async render(context: ViewContext): Promise<void> {
    this.context = context;
    const { id, direction } = context.state;
    this.direction.value = direction;
    if (!id || !id.startsWith('project:')) {
      clearGraph(this.canvas);
      this.title.textContent = 'Lineage';
      this.list.replaceChildren(h('p', { class: 'muted' }, 'Search for a project and choose “Lineage” to see where it came from and where it went.'));
      return;
    }
    this.list.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    let data: LineageQuery;
    try {
      data = await request(LineageDocument, { projectId: id, direction, maxDepth: 5 });
    } catch (error) {
      clearGraph(this.canvas);
      this.list.replaceChildren();
      context.say(describeError(error), 'error');
      return;
    }
    const steps = data.lineage.flatMap((generation) => generation.steps);
    this.title.textContent = `Lineage of ${data.project?.name ?? id}`;
    await drawGraph(this.canvas, lineageElements(steps, id), { name: 'preset', fit: true, padding: 30 } as never, (cy) => {
      cy.on('tap', 'node.lineage-project', (event: EventObject) => context.select({ kind: 'entity', id: event.target.id() }));
      cy.on('tap', 'node.lineage-council', (event: EventObject) => context.select({ kind: 'entity', id: event.target.data('entityId') }));
    });
    this.renderList(data.lineage, context);
  }

  private renderList(generations: LineageQuery['lineage'], context: ViewContext): void {
    const link = (id: string, name: string) => {
      const button = h('button', { type: 'button', class: 'link' }, name);
      button.addEventListener('click', () => context.select({ kind: 'entity', id }));
      return button;
    };
    this.list.replaceChildren(
      h(
        'ol',
        { class: 'generations' },
        generations.map((generation) =>
          h(
            'li',
            { 'data-depth': String(generation.depth) },
            h('h3', {}, generationTitle(generation.depth)),
            h(
              'ul',
              {},
              generation.steps.map((step) =>
                h(
                  'li',
                  { class: 'lineage-step', 'data-project-id': step.project.id },
                  link(step.project.id, step.project.name),
                  step.parent ? ` ${step.mode ?? 'derives'}s ${step.parent.name}${step.year ? ` (${step.year})` : ''}` : '',
                  step.adoptingCouncils.length
                    ? h(
                        'ul',
                        { class: 'councils' },
                        step.adoptingCouncils.map((a) => h('li', { 'data-council-id': a.council.id }, link(a.council.id, a.council.name), a.round || a.year ? ` — ${[a.round?.name, a.year].filter(Boolean).join(', ')}` : '')),
                      )
                    : h('p', { class: 'muted' }, 'No adopting council recorded.'),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
