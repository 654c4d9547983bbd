import { NODE_LABELS, NodeLabel } from '../../neo4j/migrations';
import { RELATIONSHIP_TYPES } from '../../seed/seed-kinds';

/** How a filterable field is compared: ids and strings as text, numbers as numbers, ISO dates as text. */
export type FieldKind = 'id' | 'string' | 'number' | 'date';

/** One step of a relationship path: relationship types (any of them) and direction, away from the parent. */
export interface Hop {
  types: string[];
  direction: 'out' | 'in';
  /** Label of the node this hop reaches; omitted on the last hop (the target's label is used). */
  label?: NodeLabel;
}

/** A relationship field of an entity: a path from the entity to nodes of the target label. */
export interface RelationSpec {
  /** Field name in the API (and in `where` inputs). */
  name: string;
  /** Label of the entity that owns the field. */
  from: NodeLabel;
  /** Label of the nodes the field returns. */
  target: NodeLabel;
  hops: Hop[];
}

/**
 * What the generic Cypher builders may touch for one entity: the allow-list of filterable and
 * sortable fields (GraphQL name -> node property) and of relationships. Nothing outside it is ever
 * interpolated into Cypher.
 */
export interface EntityModel {
  label: NodeLabel;
  fields: Record<string, { property: string; kind: FieldKind }>;
  relations: Record<string, RelationSpec>;
  /** Order used when a client gives no `orderBy` (id is always appended as the tie-breaker). */
  defaultOrder: { field: string; direction: SortDirectionValue }[];
}

export type SortDirectionValue = 'ASC' | 'DESC';

type RelationInput = Omit<RelationSpec, 'name' | 'from'>;

/**
 * Declares an entity model and checks it against the allow-lists of labels and relationship types,
 * so that a typo fails at start rather than producing Cypher.
 */
export function defineEntityModel(model: {
  label: NodeLabel;
  fields: EntityModel['fields'];
  relations: Record<string, RelationInput>;
  defaultOrder: EntityModel['defaultOrder'];
}): EntityModel {
  const relations: Record<string, RelationSpec> = {};
  for (const [name, relation] of Object.entries(model.relations)) {
    assertLabel(relation.target);
    if (relation.hops.length === 0) throw new TypeError(`relation ${name} must have at least one hop`);
    relation.hops.forEach((hop, index) => {
      if (index < relation.hops.length - 1 && !hop.label) throw new TypeError(`relation ${name}: every hop but the last must name its label`);
      if (hop.label) assertLabel(hop.label);
      for (const type of hop.types) {
        if (!RELATIONSHIP_TYPES.includes(type)) {
          throw new TypeError(`relationship type must be one of ${RELATIONSHIP_TYPES.join(', ')}, but got: ${type}`);
        }
      }
    });
    relations[name] = { ...relation, name, from: model.label };
  }
  for (const { field } of model.defaultOrder) {
    if (!model.fields[field]) throw new TypeError(`default order field must be a field of ${model.label}, but got: ${field}`);
  }
  return { ...model, relations };
}

/**
 * The Cypher pattern of a relation from variable `from` to variable `to` (labelled with the
 * target), e.g. `(p)<-[r:LEADS]-(c:Council)`. A one-hop relation binds the relationship to
 * `rel` when given; intermediate nodes stay anonymous.
 */
export function relationPattern(relation: RelationSpec, from: string, to: string, rel?: string): string {
  let pattern = `(${from})`;
  relation.hops.forEach((hop, index) => {
    const last = index === relation.hops.length - 1;
    const variable = rel && relation.hops.length === 1 ? rel : '';
    const arrow = `-[${variable}:${hop.types.join('|')}]-`;
    pattern += hop.direction === 'out' ? `${arrow}>` : `<${arrow}`;
    pattern += last ? `(${to}:${relation.target})` : `(:${hop.label})`;
  });
  return pattern;
}

function assertLabel(label: string): void {
  if (!(NODE_LABELS as readonly string[]).includes(label)) {
    throw new TypeError(`label must be one of ${NODE_LABELS.join(', ')}, but got: ${label}`);
  }
}
