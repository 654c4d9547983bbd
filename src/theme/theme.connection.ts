import { createConnectionType } from '../shared/connection/connection.type';
import { Theme } from './theme.type';

/** Connection types of themes: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const ThemeConnection = createConnectionType(Theme);
export const ThemeRelationConnection = createConnectionType(Theme, { name: 'ThemeRelation', relationship: true });
