import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { EntityType } from '../entity/entity-type.enum';

/** The most hits one search may return. */
export const MAX_SEARCH_HITS = 100;

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'Words to look for in names, titles, summaries, finding statements and source notes. Taken literally: ' +
      'quotes, brackets and Lucene operators are searched for, not obeyed. A hit matches any of the words.',
  })
  @Matches(/\S/, { message: 'text must contain at least one non-blank character' })
  @MaxLength(500)
  text!: string;

  @Field(() => [EntityType], { nullable: true, description: 'Only these kinds of entity; null for all.' })
  @IsOptional()
  types: EntityType[] | null = null;

  @Field(() => Int, { description: `Most hits to return, 1 to ${MAX_SEARCH_HITS}.` })
  @Min(1)
  @Max(MAX_SEARCH_HITS)
  first = 20;
}
