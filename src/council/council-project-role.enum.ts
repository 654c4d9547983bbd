import { registerEnumType } from 'type-graphql';

/** How a council takes part in a project: the relationship type from the council to the project. */
export enum CouncilProjectRole {
  LEADS = 'LEADS',
  PARTNERS_IN = 'PARTNERS_IN',
  ADOPTS = 'ADOPTS',
}

/** Every role, in the order a council's involvements in one project are listed. */
export const COUNCIL_PROJECT_ROLES: readonly CouncilProjectRole[] = [
  CouncilProjectRole.LEADS,
  CouncilProjectRole.PARTNERS_IN,
  CouncilProjectRole.ADOPTS,
];

registerEnumType(CouncilProjectRole, {
  name: 'CouncilProjectRole',
  description: 'How a council takes part in a project (the relationship from the council to the project).',
  valuesConfig: {
    LEADS: { description: 'The council leads the project (LEADS).' },
    PARTNERS_IN: { description: 'The council is a partner in the project (PARTNERS_IN).' },
    ADOPTS: { description: 'The council adopted the project\'s model (ADOPTS).' },
  },
});
