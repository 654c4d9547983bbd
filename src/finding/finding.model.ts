import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of findings may touch: the allow-list for generated Cypher. */
export const FINDING_MODEL = defineEntityModel({
  label: 'Finding',
  fields: {
    id: { property: 'id', kind: 'id' },
    statement: { property: 'statement', kind: 'string' },
    direction: { property: 'direction', kind: 'string' },
    outcomeArea: { property: 'outcomeArea', kind: 'string' },
  },
  relations: {
    evaluation: { target: 'Evaluation', hops: [{ types: ['REPORTS'], direction: 'in' }] },
    themes: { target: 'Theme', hops: [{ types: ['HAS_THEME'], direction: 'out' }] },
    projects: { target: 'Project', hops: [{ types: ['REPORTS'], direction: 'in', label: 'Evaluation' }, { types: ['EVALUATES'], direction: 'out' }] },
  },
  defaultOrder: [{ field: 'id', direction: 'ASC' }],
});
