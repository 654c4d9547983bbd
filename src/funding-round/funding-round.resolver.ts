import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { Programme } from '../programme/programme.type';
import { Citation } from '../source/citation.type';
import { resolveCitations } from '../source/provenance';
import { listFundingRounds } from './funding-round.repository';
import { FundingRound } from './funding-round.type';

@Resolver(() => FundingRound)
export class FundingRoundResolver {
  @Query(() => [FundingRound], { description: 'Every funding round, numbered rounds first.' })
  fundingRounds(@Ctx() ctx: Context): Promise<FundingRound[]> {
    return listFundingRounds(ctx.db);
  }

  @Query(() => FundingRound, { nullable: true, description: 'One funding round by id; null if there is none.' })
  fundingRound(@Arg('id', () => ID, { description: 'The round id, e.g. "round:1".' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.fundingRoundById.load(id);
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme this round belongs to.' })
  programme(@Root() round: FundingRound, @Ctx() ctx: Context) {
    return ctx.loaders.programmeByFundingRoundId.load(round.id);
  }

  @FieldResolver(() => [Citation], { description: 'Sources supporting this round\'s facts.' })
  sources(@Root() round: FundingRound, @Ctx() ctx: Context) {
    return resolveCitations(round, ctx.loaders.sourceById);
  }
}
