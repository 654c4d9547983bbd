import { ArrayMaxSize, IsIn, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ALLOWED_RELATIONSHIP_TYPES } from '../graph-view/relationship-types';
import { MAX_PATH_LENGTH } from './paths.cypher';

/** The most paths one request may return. */
export const MAX_PATHS_LIMIT = 100;

@ArgsType()
export class PathsArgs {
  @Field(() => ID, { description: 'One end, e.g. "person:edward-timpson".' })
  from!: string;

  @Field(() => ID, { description: 'The other end (a different entity), e.g. "council:E10000015".' })
  to!: string;

  @Field(() => Int, { description: `Most hops in a path, 1 to ${MAX_PATH_LENGTH}.` })
  @Min(1)
  @Max(MAX_PATH_LENGTH)
  maxLength = 4;

  @Field(() => [String], {
    nullable: true,
    description: `Relationship types a path may use (either direction); null or empty for all. One of: ${ALLOWED_RELATIONSHIP_TYPES.join(', ')}.`,
  })
  @IsOptional()
  @ArrayMaxSize(ALLOWED_RELATIONSHIP_TYPES.length)
  @IsIn(ALLOWED_RELATIONSHIP_TYPES, { each: true })
  types: string[] | null = null;

  @Field(() => Int, { description: `Most paths to combine into the view (1 to ${MAX_PATHS_LIMIT}).` })
  @Min(1)
  @Max(MAX_PATHS_LIMIT)
  limit = 25;
}
