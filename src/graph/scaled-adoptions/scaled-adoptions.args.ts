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

  @Field(() => Boolean, {
    description:
      'Also return adoptions whose source does not state the round (ADOPTS with no `round`; seeds mark them ' +
      '`roundNotStated`) of a derived project funded in adoptionRound, flagged `roundStated: false`. Off by ' +
      'default: such an adoption is not known to be a round-adoptionRound adoption.',
  })
  includeUnstatedRounds = false;
}
