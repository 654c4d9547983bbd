import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of people may touch: the allow-list for generated Cypher. */
export const PERSON_MODEL = defineEntityModel({
  label: 'Person',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
  },
  relations: {
    organisations: { target: 'Organisation', hops: [{ types: ['HELD_ROLE'], direction: 'out' }] },
    councils: { target: 'Council', hops: [{ types: ['HELD_ROLE'], direction: 'out' }] },
    evaluations: { target: 'Evaluation', hops: [{ types: ['EVALUATED_BY'], direction: 'in' }] },
    announcedRounds: { target: 'FundingRound', hops: [{ types: ['ANNOUNCED'], direction: 'out' }] },
    announcedProgrammes: { target: 'Programme', hops: [{ types: ['ANNOUNCED'], direction: 'out' }] },
    announcedProjects: { target: 'Project', hops: [{ types: ['ANNOUNCED'], direction: 'out' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
