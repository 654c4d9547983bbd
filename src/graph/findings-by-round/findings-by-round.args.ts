import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class FindingsByRoundArgs {
  @Field(() => Int, { description: 'Number of the funding round whose projects were evaluated (FundingRound.number).' })
  @Min(0)
  round!: number;

  @Field(() => String, { nullable: true, description: 'Only findings with this direction (positive, mixed, no-clear-effect, negative, emerging).' })
  @IsOptional()
  direction: string | null = null;

  @Field(() => String, { nullable: true, description: 'Only findings about this outcome area.' })
  @IsOptional()
  outcomeArea: string | null = null;

  @Field(() => ID, { nullable: true, description: 'Only findings with this theme (Finding-[:HAS_THEME]->Theme), e.g. "theme:adolescents".' })
  @IsOptional()
  themeId: string | null = null;

  @Field(() => Int, { description: 'Most findings to return (1 to 500).' })
  @Min(1)
  @Max(500)
  first = 100;
}
