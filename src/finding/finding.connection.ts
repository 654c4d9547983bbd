import { createConnectionType } from '../shared/connection/connection.type';
import { Finding } from './finding.type';

/** Connection types of findings: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const FindingConnection = createConnectionType(Finding);
export const FindingRelationConnection = createConnectionType(Finding, { name: 'FindingRelation', relationship: true });
