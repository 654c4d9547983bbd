import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of regions may touch: the allow-list for generated Cypher. */
export const REGION_MODEL = defineEntityModel({
  label: 'Region',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    gssCode: { property: 'gssCode', kind: 'string' },
  },
  relations: {
    councils: { target: 'Council', hops: [{ types: ['IN_REGION'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
