/**
 * The hostile requests of issue 10, as documents and variables, shared by the limit tests and the
 * load benchmark. Each is small to send and would be huge to run without limits.
 */

/** A query nesting relationship fields `depth` levels deep at the default page size. */
export function deepQuery(depth: number): string {
  let inner = 'id';
  for (let level = 0; level < depth; level += 1) {
    inner = level % 2 === 0 ? `leadCouncils { id projectsLed { ${inner} } }` : `themes { id projects { ${inner} } }`;
  }
  return `{ projects { edges { node { ${inner} } } } }`;
}

/** `count` aliases of one field selection. */
export function aliasedQuery(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** A document of about `tokens` lexical tokens. */
export function manyTokensQuery(tokens: number): string {
  return `{ ${Array.from({ length: Math.ceil(tokens / 3) }, (_, i) => `a${i}: __typename`).join(' ')} }`;
}

/** A fragment of `fields` fields spread `spreads` times under different aliases. */
export function fragmentBombQuery(fields: number, spreads: number): string {
  const fragment = `fragment F on Project { ${Array.from({ length: fields }, () => 'name').join(' ')} }`;
  const uses = Array.from({ length: spreads }, (_, i) => `p${i}: project(id: "project:no-wrong-door") { ...F }`).join(' ');
  return `{ ${uses} } ${fragment}`;
}

/** `where` with `AND` nested `depth` levels deep. */
export function nestedAndWhere(depth: number): Record<string, unknown> {
  let where: Record<string, unknown> = { name: { eq: 'x' } };
  for (let level = 0; level < depth; level += 1) where = { AND: [where] };
  return where;
}

/** `where` with an `OR` of `terms` conditions. */
export function wideOrWhere(terms: number): Record<string, unknown> {
  return { OR: Array.from({ length: terms }, (_, i) => ({ name: { eq: `x${i}` } })) };
}

/** A project filter going through relations `depth` levels (project -> councils -> projects ...). */
export function nestedRelationWhere(depth: number): Record<string, unknown> {
  let where: Record<string, unknown> = { name: { contains: 'a' } };
  for (let level = depth - 1; level >= 0; level -= 1) {
    where = level % 2 === 0 ? { leadCouncils: { some: where } } : { projectsLed: { some: where } };
  }
  return where;
}

/** `orderBy` with `count` keys. */
export function longOrderBy(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, () => ({ field: 'NAME', direction: 'ASC' }));
}
