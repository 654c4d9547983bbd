import { createConnectionType } from '../shared/connection/connection.type';
import { Region } from './region.type';

/** Connection types of regions: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const RegionConnection = createConnectionType(Region);
export const RegionRelationConnection = createConnectionType(Region, { name: 'RegionRelation', relationship: true });
