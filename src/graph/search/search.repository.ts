import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { NodeLabel } from '../../neo4j/migrations';
import { EntityType, labelOfEntityType } from '../entity/entity-type.enum';
import { tagEntity } from '../entity/tag-entity';
import { toLuceneQuery } from './lucene-query';
import { SearchHit } from './search-hit.type';

/**
 * Full-text hits of the `entity_text` index for the Lucene query $query, restricted to $labels
 * unless it is null, best first (ties by id), at most $first. Rows: label, entity (properties), score.
 */
const SEARCH_ENTITIES = `
  CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
  WITH node, score, labels(node)[0] AS label
  WHERE $labels IS NULL OR label IN $labels
  RETURN label, properties(node) AS entity, score
  ORDER BY score DESC, node.id
  LIMIT $first`;

/** Searches every indexed entity for any of the words of `text` (taken literally), in one statement. */
export async function searchEntities(
  db: Database,
  text: string,
  types: readonly EntityType[] | null,
  first: number,
): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === '') return [];
  const rows = await db.read(SEARCH_ENTITIES, {
    query,
    labels: types && types.length > 0 ? types.map(labelOfEntityType) : null,
    first: neo4j.int(first),
  });
  return rows.map((row) => {
    const label = row.label as NodeLabel;
    return { score: row.score as number, type: label as EntityType, entity: tagEntity(row.entity as object, label) } as SearchHit;
  });
}
