import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { FundingRound } from '../funding-round/funding-round.type';
import { Citation } from '../source/citation.type';
import { resolveCitations } from '../source/provenance';
import { listProgrammes } from './programme.repository';
import { Programme } from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => [Programme], { description: 'Every programme in the graph, oldest first.' })
  programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    return listProgrammes(ctx.db);
  }

  @Query(() => Programme, { nullable: true, description: 'One programme by id; null if there is none.' })
  programme(@Arg('id', () => ID, { description: 'The programme id.' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.programmeById.load(id);
  }

  @FieldResolver(() => [FundingRound], { description: 'The funding rounds of this programme, in order.' })
  fundingRounds(@Root() programme: Programme, @Ctx() ctx: Context) {
    return ctx.loaders.fundingRoundsByProgrammeId.load(programme.id);
  }

  @FieldResolver(() => [Citation], { description: 'Sources supporting this programme\'s facts.' })
  sources(@Root() programme: Programme, @Ctx() ctx: Context) {
    return resolveCitations(programme, ctx.loaders.sourceById);
  }
}
