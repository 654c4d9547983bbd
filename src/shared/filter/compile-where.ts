import { EntityModel, FieldKind, relationPattern } from '../model/entity-model';
import { entityModel } from '../model/entity-models';
import { CypherParams } from '../cypher-params';

/** A `where` input as GraphQL hands it over: field filters, relation filters, AND/OR/NOT. */
export type WhereInput = object;

/** Operator -> Cypher comparison; the allow-list of what a field filter may compile to. */
const OPERATORS: Record<string, string> = {
  eq: '=', in: 'IN', lt: '<', lte: '<=', gt: '>', gte: '>=', contains: 'CONTAINS', startsWith: 'STARTS WITH',
};

/** Case-insensitive operators: both sides lower-cased, then the comparison of the plain operator. */
const INSENSITIVE_OPERATORS: Record<string, string> = { eqi: '=', containsi: 'CONTAINS', startsWithi: 'STARTS WITH' };

/** Operators each kind of field accepts (the GraphQL filter inputs offer the same sets). */
const OPERATORS_BY_KIND: Record<FieldKind, string[]> = {
  id: ['eq', 'in'],
  string: ['eq', 'in', 'contains', 'startsWith', 'eqi', 'containsi', 'startsWithi', 'exists'],
  number: ['eq', 'in', 'lt', 'lte', 'gt', 'gte', 'exists'],
  date: ['eq', 'in', 'lt', 'lte', 'gt', 'gte', 'exists'],
};

/**
 * Compiles a `where` input on nodes of `model`, bound to `variable`, into a Cypher predicate.
 * Values become parameters in `params`; property names, labels and relationship types come only
 * from the entity models. Returns `null` when the input sets no condition.
 */
export function compileWhere(model: EntityModel, where: WhereInput | null | undefined, variable: string, params: CypherParams): string | null {
  if (!where) return null;
  const conditions: string[] = [];
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (key === 'AND' || key === 'OR') {
      const parts = (value as WhereInput[]).map((w) => compileWhere(model, w, variable, params) ?? 'true');
      if (parts.length === 0) conditions.push(key === 'AND' ? 'true' : 'false');
      else conditions.push(`(${parts.join(` ${key} `)})`);
    } else if (key === 'NOT') {
      const inner = compileWhere(model, value as WhereInput, variable, params);
      conditions.push(inner ? `NOT coalesce(${inner}, false)` : 'false');
    } else if (model.fields[key]) {
      conditions.push(...compileField(model.fields[key], value as WhereInput, variable, params));
    } else if (model.relations[key]) {
      conditions.push(...compileRelation(model, key, value as WhereInput, variable, params));
    } else {
      throw new TypeError(`where field of ${model.label} must be one of its fields or relations, but got: ${key}`);
    }
  }
  return conditions.length ? conditions.join(' AND ') : null;
}

function compileField(field: { property: string; kind: FieldKind }, filter: WhereInput, variable: string, params: CypherParams): string[] {
  const allowed = OPERATORS_BY_KIND[field.kind];
  return Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([operator, value]) => {
      if (!allowed.includes(operator)) {
        throw new TypeError(`operator on a ${field.kind} field must be one of ${allowed.join(', ')}, but got: ${operator}`);
      }
      const property = `${variable}.${field.property}`;
      if (operator === 'exists') {
        if (typeof value !== 'boolean') throw new TypeError(`exists must be a boolean, but got: ${JSON.stringify(value)}`);
        return `${property} IS ${value ? 'NOT ' : ''}NULL`;
      }
      if (INSENSITIVE_OPERATORS[operator]) return `toLower(${property}) ${INSENSITIVE_OPERATORS[operator]} toLower(${params.add(value)})`;
      return `${property} ${OPERATORS[operator]} ${params.add(value)}`;
    });
}

/**
 * `some` -> EXISTS, `none` -> NOT EXISTS, `all` -> no related node fails the inner filter. A
 * comparison with a missing property counts as false, also under NOT and `all`.
 */
function compileRelation(model: EntityModel, key: string, filter: WhereInput, variable: string, params: CypherParams): string[] {
  const relation = model.relations[key];
  const target = entityModel(relation.target);
  const conditions: string[] = [];
  for (const [quantifier, inner] of Object.entries(filter)) {
    if (inner === undefined || inner === null) continue;
    const related = params.variable();
    const match = `MATCH ${relationPattern(relation, variable, related)}`;
    const predicate = compileWhere(target, inner as WhereInput, related, params);
    if (quantifier === 'some') conditions.push(`EXISTS { ${match}${predicate ? ` WHERE ${predicate}` : ''} }`);
    else if (quantifier === 'none') conditions.push(`NOT EXISTS { ${match}${predicate ? ` WHERE ${predicate}` : ''} }`);
    else if (quantifier === 'all') conditions.push(predicate ? `NOT EXISTS { ${match} WHERE NOT coalesce(${predicate}, false) }` : 'true');
    else throw new TypeError(`relation filter must be some, none or all, but got: ${quantifier}`);
  }
  return conditions;
}
