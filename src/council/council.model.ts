import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of councils may touch: the allow-list for generated Cypher. */
export const COUNCIL_MODEL = defineEntityModel({
  label: 'Council',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    gssCode: { property: 'gssCode', kind: 'string' },
    laCode: { property: 'laCode', kind: 'string' },
    type: { property: 'type', kind: 'string' },
    validFrom: { property: 'validFrom', kind: 'date' },
    validTo: { property: 'validTo', kind: 'date' },
  },
  relations: {
    projectsLed: { target: 'Project', hops: [{ types: ['LEADS'], direction: 'out' }] },
    partnerships: { target: 'Project', hops: [{ types: ['PARTNERS_IN'], direction: 'out' }] },
    adopted: { target: 'Project', hops: [{ types: ['ADOPTS'], direction: 'out' }] },
    region: { target: 'Region', hops: [{ types: ['IN_REGION'], direction: 'out' }] },
    people: { target: 'Person', hops: [{ types: ['HELD_ROLE'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
