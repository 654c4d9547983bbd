import { AnnouncementFacts } from '../relationship/relationship-facts';
import { createConnectionType } from '../shared/connection/connection.type';
import { Programme } from './programme.type';

/** Connection types of programmes: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const ProgrammeConnection = createConnectionType(Programme);
export const ProgrammeRelationConnection = createConnectionType(Programme, { name: 'ProgrammeRelation', relationship: true });
export const ProgrammeAnnouncementConnection = createConnectionType(Programme, { name: 'ProgrammeAnnouncement', relationship: true, facts: AnnouncementFacts });
