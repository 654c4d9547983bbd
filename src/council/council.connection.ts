import { AdoptionFacts, PartnershipFacts, RoleFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { Council } from './council.type';

/** Connection types of councils: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const CouncilConnection = createConnectionType(Council);
export const CouncilRelationConnection = createConnectionType(Council, { name: 'CouncilRelation', relationship: true });
export const CouncilAdoptionConnection = createConnectionType(Council, { name: 'CouncilAdoption', relationship: true, facts: AdoptionFacts });
export const CouncilPartnershipConnection = createConnectionType(Council, { name: 'CouncilPartnership', relationship: true, facts: PartnershipFacts });
export const CouncilRoleConnection = createConnectionType(Council, { name: 'CouncilRole', relationship: true, facts: RoleFacts });
