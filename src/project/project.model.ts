import { defineEntityModel } from '../shared/model/entity-model';

/** What filters, sorting and relationship fields of projects may touch: the allow-list for generated Cypher. */
export const PROJECT_MODEL = defineEntityModel({
  label: 'Project',
  fields: {
    id: { property: 'id', kind: 'id' },
    name: { property: 'name', kind: 'string' },
    summary: { property: 'summary', kind: 'string' },
    startDate: { property: 'startDate', kind: 'date' },
    endDate: { property: 'endDate', kind: 'date' },
    grantGbp: { property: 'grantGbp', kind: 'number' },
    status: { property: 'status', kind: 'string' },
  },
  relations: {
    leadCouncils: { target: 'Council', hops: [{ types: ['LEADS'], direction: 'in' }] },
    leadOrganisations: { target: 'Organisation', hops: [{ types: ['LEADS'], direction: 'in' }] },
    partnerCouncils: { target: 'Council', hops: [{ types: ['PARTNERS_IN'], direction: 'in' }] },
    partnerOrganisations: { target: 'Organisation', hops: [{ types: ['PARTNERS_IN'], direction: 'in' }] },
    rounds: { target: 'FundingRound', hops: [{ types: ['FUNDED_IN'], direction: 'out' }] },
    themes: { target: 'Theme', hops: [{ types: ['HAS_THEME'], direction: 'out' }] },
    evaluations: { target: 'Evaluation', hops: [{ types: ['EVALUATES'], direction: 'in' }] },
    findings: { target: 'Finding', hops: [{ types: ['EVALUATES'], direction: 'in', label: 'Evaluation' }, { types: ['REPORTS'], direction: 'out' }] },
    originProjects: { target: 'Project', hops: [{ types: ['SCALES', 'SPREADS'], direction: 'out' }] },
    derivedProjects: { target: 'Project', hops: [{ types: ['SCALES', 'SPREADS'], direction: 'in' }] },
    adoptingCouncils: { target: 'Council', hops: [{ types: ['ADOPTS'], direction: 'in' }] },
    announcedBy: { target: 'Person', hops: [{ types: ['ANNOUNCED'], direction: 'in' }] },
  },
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});
