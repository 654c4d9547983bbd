import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Largest page a client may ask for with `first` or `last`. */
export const MAX_PAGE_SIZE = 100;

/** Page size when a client gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = MAX_PAGE_SIZE;

/** Relay pagination arguments; entity args classes extend this with `where` and `orderBy`. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Return the first n items after \`after\` (at most ${MAX_PAGE_SIZE}, which is also the default when neither first nor last is given).` })
  @IsOptional()
  @Min(0, { message: 'first must not be negative' })
  @Max(MAX_PAGE_SIZE, { message: `first must not be greater than ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Return the last n items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0, { message: 'last must not be negative' })
  @Max(MAX_PAGE_SIZE, { message: `last must not be greater than ${MAX_PAGE_SIZE}` })
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string;
}
