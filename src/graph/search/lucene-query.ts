/** Characters with a meaning in Lucene's classic query syntax. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Words Lucene's parser reads as operators when they are upper case. */
const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/**
 * Turns what a user typed into a Lucene query that matches any of its words, literally: every
 * special character is escaped and operator words are lower-cased, so `"`, `AND (` or `title:x`
 * search for text instead of failing to parse. Returns '' when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (LUCENE_OPERATORS.has(word) ? word.toLowerCase() : word.replace(LUCENE_SPECIAL, '\\$&')))
    .join(' ');
}
