import { describeError, request } from '../api/graphql-client';
import { EntityDetailsDocument, SourcesByIdDocument, type CitationFieldsFragment, type SourceFieldsFragment } from '../gql/graphql';
import { lookOf } from '../graph/entity-style';
import type { Selection, ViewContext } from './context';
import { h, swatch } from './dom';

/** Stored properties that the panel shows in their own sections, not in the property list. */
const PROVENANCE_KEYS = new Set(['id', 'sourceIds', 'sourceNotes', 'alternativesJson']);

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function propertyList(properties: Record<string, unknown>): HTMLElement {
  const rows = Object.entries(properties)
    .filter(([key, value]) => !PROVENANCE_KEYS.has(key) && value !== null && value !== '')
    .sort(([a], [b]) => a.localeCompare(b));
  return h('dl', { class: 'properties' }, rows.flatMap(([key, value]) => [h('dt', {}, key), h('dd', {}, formatValue(value))]));
}

/** One source as the provenance list shows it: title (a link when there is one), publisher, date, where. */
function sourceItem(source: SourceFieldsFragment, note: string | null): HTMLElement {
  const title = source.url
    ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-link' }, source.title)
    : h('span', { class: 'source-title' }, source.title);
  return h(
    'li',
    { class: 'source', 'data-source-id': source.id },
    title,
    h('div', { class: 'muted' }, [source.publisher, source.date, source.kind].filter(Boolean).join(' · ')),
    note ? h('div', { class: 'where' }, h('span', { class: 'label' }, 'Where: '), note) : null,
  );
}

function sourcesSection(citations: CitationFieldsFragment[]): HTMLElement {
  return h(
    'section',
    { class: 'sources' },
    h('h3', {}, `Sources (${citations.length})`),
    citations.length ? h('ul', {}, citations.map((c) => sourceItem(c.source, c.note))) : h('p', { class: 'muted' }, 'No source is recorded for this fact.'),
  );
}

/**
 * The details panel: for an entity, its stored properties, the values other sources give
 * (`alternatives`) and its sources; for a relationship, its properties and the documents its
 * `sourceIds` name, each with the note on where in it the fact is stated.
 */
export class DetailsPanel {
  private token = 0;

  constructor(private readonly panel: HTMLElement) {}

  async show(selection: Selection | null, context: ViewContext): Promise<void> {
    const token = ++this.token;
    this.panel.dataset.status = 'loading';
    if (!selection) {
      this.panel.replaceChildren(h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Pick an entity or a relationship to see its properties and sources.'));
      this.panel.dataset.status = 'empty';
      return;
    }
    this.panel.replaceChildren(h('h2', {}, 'Details'), h('p', { class: 'muted' }, 'Loading…'));
    try {
      const content = selection.kind === 'entity' ? await this.entity(selection.id, context) : await this.edge(selection);
      if (token !== this.token) return;
      this.panel.replaceChildren(...content);
      this.panel.dataset.status = 'shown';
    } catch (error) {
      if (token !== this.token) return;
      this.panel.replaceChildren(h('h2', {}, 'Details'), h('p', { class: 'message error', role: 'alert' }, describeError(error)));
      this.panel.dataset.status = 'error';
    }
  }

  private async entity(id: string, context: ViewContext): Promise<HTMLElement[]> {
    const data = await request(EntityDetailsDocument, { id });
    const node = data.neighbourhood.nodes.find((candidate) => candidate.id === id);
    if (!node) throw new Error(`no node ${id}`);
    const look = lookOf(node.type);
    const citations = data.node && 'sources' in data.node ? data.node.sources : [];
    const alternatives = data.node && 'alternatives' in data.node ? data.node.alternatives : [];
    const centre = h('button', { type: 'button' }, 'Show its neighbourhood');
    centre.addEventListener('click', () => context.navigate({ view: 'neighbourhood', id, selected: null }));
    const actions = [centre];
    if (node.type === 'Project') {
      const lineage = h('button', { type: 'button' }, 'Show its lineage');
      lineage.addEventListener('click', () => context.navigate({ view: 'lineage', id, selected: null }));
      actions.push(lineage);
    }
    return [
      h('h2', { 'data-entity-id': id }, node.label),
      h('p', { class: 'entity-type' }, swatch(look.colour), `${look.title} · `, h('code', {}, id)),
      h('div', { class: 'actions' }, actions),
      h('section', {}, h('h3', {}, 'Properties'), propertyList(node.properties)),
      alternatives.length
        ? h(
            'section',
            { class: 'alternatives' },
            h('h3', {}, 'Other values in the sources'),
            h(
              'ul',
              {},
              alternatives.map((alt) =>
                h('li', {}, h('strong', {}, `${alt.field}: `), alt.value, h('ul', {}, alt.sources.map((c) => sourceItem(c.source, c.note)))),
              ),
            ),
          )
        : h('section', { class: 'alternatives' }, h('h3', {}, 'Other values in the sources'), h('p', { class: 'muted' }, 'None: no source disagrees.')),
      sourcesSection(citations),
    ];
  }

  private async edge(edge: Extract<Selection, { kind: 'edge' }>): Promise<HTMLElement[]> {
    const ids = (edge.properties.sourceIds as string[] | undefined) ?? [];
    const notes = (edge.properties.sourceNotes as string[] | undefined) ?? [];
    const found = ids.length ? (await request(SourcesByIdDocument, { ids })).sources.edges.map((e) => e.node) : [];
    const byId = new Map(found.map((source) => [source.id, source]));
    const citations = ids.flatMap((sourceId, index) => {
      const source = byId.get(sourceId);
      return source ? [{ source, note: notes[index] ?? '' }] : [];
    });
    return [
      h('h2', {}, edge.type),
      h('p', { class: 'entity-type' }, `${edge.sourceLabel} → ${edge.targetLabel}`),
      h('section', {}, h('h3', {}, 'Properties'), propertyList(edge.properties)),
      sourcesSection(citations),
    ];
  }
}
