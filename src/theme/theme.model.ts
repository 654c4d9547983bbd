import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of themes may touch: the allow-list for generated Cypher. */
export const THEME_MODEL = defineEntityModel({
  label: 'Theme',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    kind: { property: 'kind', kind: 'string' },
    summary: { property: 'summary', kind: 'string' },
  },
  relations: {
    projects: { target: 'Project', hops: [{ types: ['HAS_THEME'], direction: 'in' }] },
    findings: { target: 'Finding', hops: [{ types: ['HAS_THEME'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
