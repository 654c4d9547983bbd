import { RELATIONSHIP_TYPES } from '../../seed/seed-kinds';

/** Relationship types clients may name; the only strings interpolated into graph-view Cypher. */
export const ALLOWED_RELATIONSHIP_TYPES: readonly string[] = RELATIONSHIP_TYPES;

/**
 * The relationship-type part of a pattern, e.g. `:LEADS|ADOPTS`, or '' for every type. Throws on
 * a type outside the allow-list (args validation should have caught it before).
 */
export function relationshipTypeFilter(types: readonly string[] | null | undefined): string {
  if (!types || types.length === 0) return '';
  for (const type of types) {
    if (!ALLOWED_RELATIONSHIP_TYPES.includes(type)) {
      throw new TypeError(`relationship type must be one of ${ALLOWED_RELATIONSHIP_TYPES.join(', ')}, but got: ${type}`);
    }
  }
  return `:${[...new Set(types)].join('|')}`;
}
