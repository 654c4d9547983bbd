import neo4j from 'neo4j-driver';
import { compileWhere } from '../filter/compile-where';
import { relationPattern } from '../model/entity-model';
import { CypherParams } from '../cypher-params';
import { orderByClause, resolveSortKeys } from './keyset';
import { NodeSelection, RelatedSelection } from './selection-plan';

/**
 * Key under which a projected node carries its folded relationship fields, by response key. The
 * schema's relationship-field resolvers answer from it when present (prefetched-relations.ts).
 */
export const PREFETCHED_KEY = '__related';

/**
 * The Cypher map projection of node `variable` for `selection`: only the requested properties
 * (`n {.id, .name}`; `n {.*}` when a field with its own resolver may need any), and each folded
 * relationship field as a `COLLECT {}` subquery with its own filter, order and limit, nested to
 * any depth. Values go into `params`; labels, types and properties come from the entity models.
 */
export function projectSelection(selection: NodeSelection, variable: string, params: CypherParams, extraProperties: string[] = []): string {
  const entries = selection.properties
    ? [...new Set([...selection.properties, ...extraProperties])].map((property) => `.\`${property}\``)
    : ['.*'];
  if (selection.related.length) {
    const related = selection.related.map((field) => `\`${field.responseKey}\`: ${projectRelated(field, variable, params)}`);
    entries.push(`\`${PREFETCHED_KEY}\`: {${related.join(', ')}}`);
  }
  return `${variable} {${entries.join(', ')}}`;
}

/** One folded relationship field: the related nodes as a list (or the first one, or null). */
function projectRelated(field: RelatedSelection, parent: string, params: CypherParams): string {
  const node = params.variable();
  const filter = compileWhere(field.node.model, field.where, node, params);
  const keys = resolveSortKeys(field.node.model, field.orderBy);
  const subquery = [
    `MATCH ${relationPattern(field.relation, parent, node)}`,
    // A list is a set of nodes: a node reached through several relationships (two roles at one
    // organisation) or several paths comes once.
    `WITH DISTINCT ${node}`,
    filter ? `WHERE ${filter}` : '',
    `WITH ${node} ORDER BY ${orderByClause(keys, node)} LIMIT ${params.add(neo4j.int(field.first))}`,
    `RETURN ${projectSelection(field.node, node, params)}`,
  ].filter(Boolean).join(' ');
  return field.single ? `head(COLLECT { ${subquery} })` : `COLLECT { ${subquery} }`;
}
