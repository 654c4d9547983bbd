import { describeError, request } from '../api/graphql-client';
import { SearchDocument, type SearchQuery } from '../gql/graphql';
import { lookOf } from '../graph/entity-style';
import { h, swatch } from './dom';
import type { ViewContext } from './context';

type Hit = SearchQuery['search'][number];

/** Display name of a search hit, whatever its type. */
function nameOf(entity: Hit['entity']): { id: string; name: string } {
  if ('name' in entity) return { id: entity.id, name: entity.name };
  if ('title' in entity) return { id: entity.id, name: entity.title };
  return { id: entity.id, name: entity.statement };
}

/**
 * Runs the API's full-text `search` and lists the hits grouped by entity type, best group
 * first. Picking a hit opens its neighbourhood; a project also offers its lineage.
 */
export async function runSearch(text: string, list: HTMLElement, context: ViewContext): Promise<void> {
  list.replaceChildren(h('p', { class: 'muted' }, `Searching for “${text}”…`));
  list.dataset.status = 'searching';
  let hits: Hit[];
  try {
    hits = (await request(SearchDocument, { text, first: 50 })).search;
  } catch (error) {
    list.replaceChildren(h('p', { class: 'message error', role: 'alert' }, describeError(error)));
    list.dataset.status = 'error';
    return;
  }
  if (hits.length === 0) {
    list.replaceChildren(
      h('p', { class: 'message info', role: 'status' }, `Nothing in the graph matches “${text}”. Try another word, or a shorter one.`),
    );
    list.dataset.status = 'empty';
    return;
  }
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const type = hit.entity.__typename ?? 'Other';
    groups.set(type, [...(groups.get(type) ?? []), hit]);
  }
  const sections = [...groups.entries()].map(([type, group]) =>
    h(
      'section',
      { class: 'result-group', 'data-type': type },
      h('h3', {}, swatch(lookOf(type).colour), `${lookOf(type).title} (${group.length})`),
      h(
        'ul',
        {},
        group.map((hit) => {
          const { id, name } = nameOf(hit.entity);
          const open = h('button', { type: 'button', class: 'result', 'data-id': id, title: `Neighbourhood of ${name}` }, name);
          open.addEventListener('click', () => context.navigate({ view: 'neighbourhood', id, selected: null }));
          let lineage: HTMLButtonElement | null = null;
          if (type === 'Project') {
            lineage = h('button', { type: 'button', class: 'result-lineage', 'data-id': id, 'aria-label': `Lineage of ${name}` }, 'Lineage');
            lineage.addEventListener('click', () => context.navigate({ view: 'lineage', id, selected: null }));
          }
          return h('li', {}, open, lineage);
        }),
      ),
    ),
  );
  list.replaceChildren(h('p', { class: 'muted' }, `${hits.length} results for “${text}”`), ...sections);
  list.dataset.status = 'listed';
}
