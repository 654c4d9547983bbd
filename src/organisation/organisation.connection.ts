import { PartnershipFacts, RoleFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { Organisation } from './organisation.type';

/** Connection types of organisations: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const OrganisationConnection = createConnectionType(Organisation);
export const OrganisationRelationConnection = createConnectionType(Organisation, { name: 'OrganisationRelation', relationship: true });
export const OrganisationPartnershipConnection = createConnectionType(Organisation, { name: 'OrganisationPartnership', relationship: true, facts: PartnershipFacts });
export const OrganisationRoleConnection = createConnectionType(Organisation, { name: 'OrganisationRole', relationship: true, facts: RoleFacts });
