import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { Finding } from '../../finding/finding.type';
import { FindingsByRoundArgs } from './findings-by-round.args';
import { findFindingsByRound } from './findings-by-round.repository';

@Resolver()
export class FindingsByRoundResolver {
  @Query(() => [Finding], {
    description:
      'Findings of the evaluations of one funding round\'s projects (FundingRound<-FUNDED_IN-Project<-EVALUATES-' +
      'Evaluation-REPORTS->Finding), optionally by direction, outcome area and theme; by id. One database statement.',
  })
  findingsByRound(@Args() { round, direction, outcomeArea, themeId, first }: FindingsByRoundArgs, @Ctx() ctx: Context) {
    return findFindingsByRound(ctx.db, { round, direction, outcomeArea, themeId, first });
  }
}
