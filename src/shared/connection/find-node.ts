import { GraphQLResolveInfo } from 'graphql';
import DataLoader from 'dataloader';
import { Database } from '../../neo4j/database';
import { CypherParams } from '../cypher-params';
import { EntityModel } from '../model/entity-model';
import { projectSelection } from './project-selection';
import { planNodeSelection } from './selection-plan';

/**
 * One node by id for a root lookup field. When the selection has relationship list fields to fold,
 * one statement reads the node with them (only the selected properties); otherwise the by-id
 * DataLoader answers, so that several lookups in one request still share a statement.
 */
export async function findNodeById<TNode>(db: Database, model: EntityModel, id: string, info: GraphQLResolveInfo, byId: DataLoader<string, TNode | null>): Promise<TNode | null> {
  const selection = planNodeSelection(info, model);
  if (!selection?.related.length) return byId.load(id);
  const params = new CypherParams();
  const cypher = `MATCH (n:${model.label} {id: ${params.add(id)}}) RETURN ${projectSelection(selection, 'n', params)} AS node`;
  const [row] = await db.read(cypher, params.values);
  return (row?.node as TNode | undefined) ?? null;
}
