import { ArrayMaxSize, IsIn, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ALLOWED_RELATIONSHIP_TYPES } from '../graph-view/relationship-types';
import { MAX_NEIGHBOURHOOD_DEPTH } from './neighbourhood.cypher';

/** The most nodes one neighbourhood may return. */
export const MAX_NEIGHBOURHOOD_LIMIT = 1000;

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The entity at the centre, e.g. "council:E10000015".' })
  id!: string;

  @Field(() => Int, { description: `How many hops to follow, 1 to ${MAX_NEIGHBOURHOOD_DEPTH}.` })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_DEPTH)
  depth = 1;

  @Field(() => [String], {
    nullable: true,
    description: `Relationship types to follow (either direction); null or empty for all. One of: ${ALLOWED_RELATIONSHIP_TYPES.join(', ')}.`,
  })
  @IsOptional()
  @ArrayMaxSize(ALLOWED_RELATIONSHIP_TYPES.length)
  @IsIn(ALLOWED_RELATIONSHIP_TYPES, { each: true })
  types: string[] | null = null;

  @Field(() => Int, { description: `Most nodes in the view, the centre included (1 to ${MAX_NEIGHBOURHOOD_LIMIT}); nearest nodes are kept.` })
  @Min(1)
  @Max(MAX_NEIGHBOURHOOD_LIMIT)
  limit = 200;
}
