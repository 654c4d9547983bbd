import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of programmes may touch: the allow-list for generated Cypher. */
export const PROGRAMME_MODEL = defineEntityModel({
  label: 'Programme',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    summary: { property: 'summary', kind: 'string' },
    startDate: { property: 'startDate', kind: 'date' },
    endDate: { property: 'endDate', kind: 'date' },
    budgetGbp: { property: 'budgetGbp', kind: 'number' },
  },
  relations: {
    fundingRounds: { target: 'FundingRound', hops: [{ types: ['PART_OF'], direction: 'in' }] },
    followsOn: { target: 'Programme', hops: [{ types: ['FOLLOWS_ON'], direction: 'out' }] },
    followedBy: { target: 'Programme', hops: [{ types: ['FOLLOWS_ON'], direction: 'in' }] },
    announcedBy: { target: 'Person', hops: [{ types: ['ANNOUNCED'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'startDate', direction: 'ASC' }],
});
