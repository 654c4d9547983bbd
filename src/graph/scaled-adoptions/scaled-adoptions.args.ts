import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class ScaledAdoptionsArgs {
  @Field(() => Int, { description: 'Number of the round that funded the origin projects (FundingRound.number).' })
  @Min(0)
  originRound = 1;

  @Field(() => Int, { description: 'Number of the round in which councils ran the derived projects (FundingRound.number).' })
  @Min(0)
  adoptionRound = 2;
}
