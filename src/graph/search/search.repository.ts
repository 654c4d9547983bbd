import neo4j from 'neo4j-driver';
import { Database } from '../../neo4j/database';
import { NodeLabel } from '../../neo4j/migrations';
import { EntityType, labelOfEntityType } from '../entity/entity-type.enum';
import { tagEntity } from '../entity/tag-entity';
import { toLuceneQuery } from './lucene-query';
import { SearchMatch } from './search-match.enum';
import { searchWords } from './search-words';
import { SearchHit } from './search-hit.type';

/**
 * Full-text hits of the `entity_text` index for the Lucene query $query (any word), restricted to
 * $labels unless it is null, at most $first. Ranked by how they match the lower-cased $phrase and
 * $words in their indexed text (EXACT name/title/statement, PHRASE, ALL_WORDS, ANY_WORD), then the
 * phrase in the name before elsewhere, then Lucene score, then id. Lucene alone ranks a name sharing
 * one rare word above the name that is the phrase. Rows: label, entity (properties), score, match.
 */
const SEARCH_ENTITIES = `
  CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
  WITH node, score, labels(node)[0] AS label
  WHERE $labels IS NULL OR label IN $labels
  WITH node, score, label, toLower(coalesce(node.name, node.title, node.statement, '')) AS heading,
       toLower(reduce(text = '', part IN [node.name, node.title, node.summary, node.statement] + coalesce(node.sourceNotes, [])
                      | text + ' ' + coalesce(part, ''))) AS text
  WITH node, score, label, heading CONTAINS $phrase AS inHeading,
       CASE
         WHEN heading = $phrase THEN 0
         WHEN text CONTAINS $phrase THEN 1
         WHEN all(word IN $words WHERE text CONTAINS word) THEN 2
         ELSE 3
       END AS tier
  RETURN label, properties(node) AS entity, score, ['EXACT', 'PHRASE', 'ALL_WORDS', 'ANY_WORD'][tier] AS match
  ORDER BY tier, inHeading DESC, score DESC, node.id
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
  const words = searchWords(text);
  const rows = await db.read(SEARCH_ENTITIES, {
    query,
    phrase: words.join(' '),
    words,
    labels: types && types.length > 0 ? types.map(labelOfEntityType) : null,
    first: neo4j.int(first),
  });
  return rows.map((row) => {
    const label = row.label as NodeLabel;
    return { score: row.score as number, match: row.match as SearchMatch, type: label as EntityType, entity: tagEntity(row.entity as object, label) } as SearchHit;
  });
}
