import { Field, Float, ObjectType } from 'type-graphql';
import { Entity } from '../entity/entity.union';
import { EntityType } from '../entity/entity-type.enum';
import { SearchMatch } from './search-match.enum';

@ObjectType({ description: 'One full-text search result.' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance score; higher is more relevant. Hits are ranked by `match`, then by this.' })
  score!: number;

  @Field(() => SearchMatch, { description: 'How the hit matches the text: EXACT, PHRASE, ALL_WORDS or ANY_WORD. Hits come in this order.' })
  match!: SearchMatch;

  @Field(() => EntityType, { description: 'The kind of entity found.' })
  type!: EntityType;

  @Field(() => Entity, { description: 'The entity found.' })
  entity!: typeof Entity;
}
