import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of evaluations may touch: the allow-list for generated Cypher. */
export const EVALUATION_MODEL = defineEntityModel({
  label: 'Evaluation',
  fields: {
    id: { property: 'id', kind: 'id' },
    title: { property: 'title', kind: 'string' },
    date: { property: 'date', kind: 'date' },
    url: { property: 'url', kind: 'string' },
    reportNumber: { property: 'reportNumber', kind: 'number' },
  },
  relations: {
    projects: { target: 'Project', hops: [{ types: ['EVALUATES'], direction: 'out' }] },
    evaluatorOrganisations: { target: 'Organisation', hops: [{ types: ['EVALUATED_BY'], direction: 'out' }] },
    evaluatorPeople: { target: 'Person', hops: [{ types: ['EVALUATED_BY'], direction: 'out' }] },
    findings: { target: 'Finding', hops: [{ types: ['REPORTS'], direction: 'out' }] },
  },
  defaultOrder: [{ field: 'date', direction: 'ASC' }],
});
