import { createConnectionType } from '../shared/connection/connection.type';
import { Source } from './source.type';

/** Connection types of sources: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const SourceConnection = createConnectionType(Source);
