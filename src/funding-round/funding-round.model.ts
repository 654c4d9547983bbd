import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of funding rounds may touch: the allow-list for generated Cypher. */
export const FUNDING_ROUND_MODEL = defineEntityModel({
  label: 'FundingRound',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    number: { property: 'number', kind: 'number' },
    summary: { property: 'summary', kind: 'string' },
    startDate: { property: 'startDate', kind: 'date' },
    endDate: { property: 'endDate', kind: 'date' },
    budgetGbp: { property: 'budgetGbp', kind: 'number' },
    projectCount: { property: 'projectCount', kind: 'number' },
  },
  relations: {
    projects: { target: 'Project', hops: [{ types: ['FUNDED_IN'], direction: 'in' }] },
    programme: { target: 'Programme', hops: [{ types: ['PART_OF'], direction: 'out' }] },
    announcedBy: { target: 'Person', hops: [{ types: ['ANNOUNCED'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'number', direction: 'ASC' }, { field: 'startDate', direction: 'ASC' }],
});
