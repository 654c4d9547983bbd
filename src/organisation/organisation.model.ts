import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of organisations may touch: the allow-list for generated Cypher. */
export const ORGANISATION_MODEL = defineEntityModel({
  label: 'Organisation',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    kind: { property: 'kind', kind: 'string' },
    summary: { property: 'summary', kind: 'string' },
  },
  relations: {
    projectsLed: { target: 'Project', hops: [{ types: ['LEADS'], direction: 'out' }] },
    partnerships: { target: 'Project', hops: [{ types: ['PARTNERS_IN'], direction: 'out' }] },
    people: { target: 'Person', hops: [{ types: ['HELD_ROLE'], direction: 'in' }] },
    evaluations: { target: 'Evaluation', hops: [{ types: ['EVALUATED_BY'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
