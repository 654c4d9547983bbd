import type { ElementDefinition, EventObject } from 'cytoscape';
import { describeError, request } from '../api/graphql-client';
import { FundingRoundNumbersDocument, ScaledAdoptionsDocument, type ScaledAdoptionsQuery } from '../gql/graphql';
import { layoutLayers } from '../graph/dagre-layout';
import { lookOf } from '../graph/entity-style';
import type { ExplorerView, ViewContext } from './context';
import { byId, h } from './dom';
import { clearGraph, drawGraph } from './graph-canvas';

type Row = ScaledAdoptionsQuery['scaledAdoptions'][number];

/** Origin projects -> derived projects -> councils, three layers placed by dagre. */
function adoptionElements(rows: Row[]): ElementDefinition[] {
  const nodes = new Map<string, { label: string; type: 'Project' | 'Council'; className: string }>();
  const edges = new Map<string, { source: string; target: string; label: string }>();
  for (const row of rows) {
    nodes.set(row.originProject.id, { label: row.originProject.name, type: 'Project', className: 'lineage-project' });
    nodes.set(row.derivedProject.id, { label: row.derivedProject.name, type: 'Project', className: 'lineage-project' });
    nodes.set(row.council.id, { label: row.council.name, type: 'Council', className: 'lineage-council' });
    edges.set(`${row.originProject.id}->${row.derivedProject.id}`, { source: row.originProject.id, target: row.derivedProject.id, label: [row.mode, row.year].filter(Boolean).join(' · ') });
    edges.set(`${row.derivedProject.id}->${row.council.id}`, { source: row.derivedProject.id, target: row.council.id, label: row.involvement.map((i) => i.relationship.toLowerCase()).join(', ') });
  }
  const positions = layoutLayers(
    [...nodes].map(([id, node]) => ({ id, width: 200, height: node.type === 'Project' ? 34 : 20 })),
    [...edges.values()],
    140,
  );
  return [
    ...[...nodes].map(([id, node]): ElementDefinition => ({
      group: 'nodes',
      data: { id, label: node.label, type: node.type, colour: lookOf(node.type).colour },
      classes: node.className,
      position: positions.get(id),
    })),
    ...[...edges].map(([id, edge]): ElementDefinition => ({ group: 'edges', data: { id, ...edge }, classes: 'lineage-derivation' })),
  ];
}

/**
 * The signature question as a ready view: pick an origin round and an adoption round; the
 * councils that ran, in the adoption round, projects scaling or spreading an origin-round project
 * (`scaledAdoptions`), as a table and as a graph.
 */
export class SignatureView implements ExplorerView {
  private readonly origin = byId<HTMLSelectElement>('signature-origin');
  private readonly adoption = byId<HTMLSelectElement>('signature-adoption');
  private readonly table = byId('signature-table');
  private readonly canvas = byId('signature-graph');
  private context: ViewContext | null = null;
  private roundsLoaded = false;

  constructor() {
    byId('signature-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.context?.navigate({ originRound: Number(this.origin.value), adoptionRound: Number(this.adoption.value) });
    });
  }

  async render(context: ViewContext): Promise<void> {
    this.context = context;
    const { originRound, adoptionRound } = context.state;
    this.table.dataset.status = 'loading';
    let rows: Row[];
    try {
      if (!this.roundsLoaded) await this.loadRounds();
      rows = (await request(ScaledAdoptionsDocument, { originRound, adoptionRound })).scaledAdoptions;
    } catch (error) {
      this.table.replaceChildren();
      this.table.dataset.status = 'error';
      clearGraph(this.canvas);
      context.say(describeError(error), 'error');
      return;
    }
    this.origin.value = String(originRound);
    this.adoption.value = String(adoptionRound);
    const roundName = (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? `Round ${select.value}`;
    const councils = new Set(rows.map((row) => row.council.id));
    const caption = `${councils.size} councils ran, in ${roundName(this.adoption)}, projects that scale or spread a ${roundName(this.origin)} project`;
    if (rows.length === 0) {
      this.table.replaceChildren(h('p', { class: 'message info', role: 'status' }, `No council ran, in ${roundName(this.adoption)}, a project that scales or spreads a ${roundName(this.origin)} project.`));
      this.table.dataset.status = 'empty';
      clearGraph(this.canvas);
      return;
    }
    const select = (id: string) => {
      const button = h('button', { type: 'button', class: 'link' });
      button.addEventListener('click', () => context.select({ kind: 'entity', id }));
      return button;
    };
    const cell = (id: string, name: string) => {
      const button = select(id);
      button.textContent = name;
      return h('td', {}, button);
    };
    this.table.replaceChildren(
      h(
        'table',
        { class: 'data-table' },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, ['Council', 'Origin project', 'Derived project', 'How', 'Year', 'Council’s part'].map((title) => h('th', { scope: 'col' }, title)))),
        h(
          'tbody',
          {},
          rows.map((row) =>
            h(
              'tr',
              { 'data-council-id': row.council.id },
              cell(row.council.id, row.council.name),
              cell(row.originProject.id, row.originProject.name),
              cell(row.derivedProject.id, row.derivedProject.name),
              h('td', {}, row.mode),
              h('td', {}, row.year ? String(row.year) : '—'),
              h('td', {}, row.involvement.map((i) => i.relationship.toLowerCase()).join(', ')),
            ),
          ),
        ),
      ),
    );
    this.table.dataset.status = 'listed';
    await drawGraph(this.canvas, adoptionElements(rows), { name: 'preset', fit: true, padding: 30 } as never, (cy) => {
      cy.on('tap', 'node', (event: EventObject) => context.select({ kind: 'entity', id: event.target.id() }));
    });
  }

  private async loadRounds(): Promise<void> {
    const rounds = (await request(FundingRoundNumbersDocument, {})).fundingRounds.edges
      .map((edge) => edge.node)
      .filter((round): round is typeof round & { number: number } => round.number !== null)
      .sort((a, b) => a.number - b.number);
    for (const select of [this.origin, this.adoption]) {
      select.replaceChildren(...rounds.map((round) => h('option', { value: String(round.number) }, round.name)));
    }
    this.roundsLoaded = true;
  }
}
