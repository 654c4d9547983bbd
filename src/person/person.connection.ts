import { AnnouncementFacts, RoleFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { Person } from './person.type';

/** Connection types of people: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const PersonConnection = createConnectionType(Person);
export const PersonRelationConnection = createConnectionType(Person, { name: 'PersonRelation', relationship: true });
export const PersonAnnouncementConnection = createConnectionType(Person, { name: 'PersonAnnouncement', relationship: true, facts: AnnouncementFacts });
export const PersonRoleConnection = createConnectionType(Person, { name: 'PersonRole', relationship: true, facts: RoleFacts });
