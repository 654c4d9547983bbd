import { ClassType, Field, InputType } from 'type-graphql';

/** The shape of a relationship filter, whatever the target entity. */
export interface RelationFilterValue<TWhere> {
  some?: TWhere;
  none?: TWhere;
  all?: TWhere;
}

/**
 * Creates `<Entity>RelationFilter { some, none, all }` for one target entity. The `where` class is
 * passed as a thunk because entity filters refer to each other in cycles.
 */
export function createRelationFilter<TWhere extends object>(entity: string, where: () => ClassType<TWhere>) {
  @InputType(`${entity}RelationFilter`, { description: `Conditions on the related ${entity} nodes.` })
  class RelationFilter implements RelationFilterValue<TWhere> {
    @Field(where, { nullable: true, description: `At least one related node matches (an empty filter: at least one exists).` })
    some?: TWhere;

    @Field(where, { nullable: true, description: `No related node matches (an empty filter: none exists).` })
    none?: TWhere;

    @Field(where, { nullable: true, description: `Every related node matches (true when there is none).` })
    all?: TWhere;
  }
  return RelationFilter;
}
