import { createConnectionType } from '../shared/connection/connection.type';
import { Evaluation } from './evaluation.type';

/** Connection types of evaluations: the root list, and each relationship that reaches them (edges with that relationship's facts). */
export const EvaluationConnection = createConnectionType(Evaluation);
export const EvaluationRelationConnection = createConnectionType(Evaluation, { name: 'EvaluationRelation', relationship: true });
