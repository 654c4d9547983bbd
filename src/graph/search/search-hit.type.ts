import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.union';
import { EntityType } from '../entity/entity-type.enum';

@ObjectType({ description: 'One full-text search result.' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance score; higher is more relevant. Hits come best first.' })
  score!: number;

  @Field(() => EntityType, { description: 'The kind of entity found.' })
  type!: EntityType;

  @Field(() => Entity, { description: 'The entity found.' })
  entity!: typeof Entity;
}
