import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of sources may touch: the allow-list for generated Cypher. */
export const SOURCE_MODEL = defineEntityModel({
  label: 'Source',
  fields: {
    id: { property: 'id', kind: 'id' },
    title: { property: 'title', kind: 'string' },
    publisher: { property: 'publisher', kind: 'string' },
    date: { property: 'date', kind: 'date' },
    url: { property: 'url', kind: 'string' },
    kind: { property: 'kind', kind: 'string' },
  },
  relations: {},
  defaultOrder: [{ field: 'title', direction: 'ASC' }],
});
