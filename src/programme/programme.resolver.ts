import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { FundingRoundConnectionArgs } from '../funding-round/funding-round.args';
import { FundingRoundRelationConnection } from '../funding-round/funding-round.connection';
import { FundingRound } from '../funding-round/funding-round.type';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonAnnouncementConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { ProgrammeConnectionArgs } from './programme.args';
import { ProgrammeConnection, ProgrammeRelationConnection } from './programme.connection';
import { PROGRAMME_MODEL } from './programme.model';
import { findNodeById } from '../shared/connection/find-node';
import { Programme } from './programme.type';

@Resolver(() => Programme)
export class ProgrammeResolver {
  @Query(() => Programme, { nullable: true, description: 'One programme by id; null if there is none.' })
  programme(@Arg('id', () => ID, { description: 'The programme id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, PROGRAMME_MODEL, id, info, ctx.loaders.programmeById);
  }

  @Query(() => ProgrammeConnection, { description: 'Programmes, a page at a time, filtered and sorted.' })
  programmes(@Args() args: ProgrammeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Programme>(ctx.db, PROGRAMME_MODEL, args, info);
  }

  @FieldResolver(() => [FundingRound], { description: 'The funding rounds of this programme.' })
  fundingRounds(@Root() programme: Programme, @Args() args: FundingRoundConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<FundingRound>(PROGRAMME_MODEL.relations.fundingRounds, programme.id, args);
  }

  @FieldResolver(() => FundingRoundRelationConnection, { description: 'The funding rounds of this programme, as edges with the relationship\'s sources.' })
  fundingRoundsConnection(@Root() programme: Programme, @Args() args: FundingRoundConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROGRAMME_MODEL.relations.fundingRounds, programme.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Programme], { description: 'Earlier programmes this programme carries on from.' })
  followsOn(@Root() programme: Programme, @Args() args: ProgrammeConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Programme>(PROGRAMME_MODEL.relations.followsOn, programme.id, args);
  }

  @FieldResolver(() => ProgrammeRelationConnection, { description: 'Earlier programmes this programme carries on from, as edges with the relationship\'s sources.' })
  followsOnConnection(@Root() programme: Programme, @Args() args: ProgrammeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROGRAMME_MODEL.relations.followsOn, programme.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Programme], { description: 'Later programmes that carry this programme on.' })
  followedBy(@Root() programme: Programme, @Args() args: ProgrammeConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Programme>(PROGRAMME_MODEL.relations.followedBy, programme.id, args);
  }

  @FieldResolver(() => ProgrammeRelationConnection, { description: 'Later programmes that carry this programme on, as edges with the relationship\'s sources.' })
  followedByConnection(@Root() programme: Programme, @Args() args: ProgrammeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROGRAMME_MODEL.relations.followedBy, programme.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who announced this programme.' })
  announcedBy(@Root() programme: Programme, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(PROGRAMME_MODEL.relations.announcedBy, programme.id, args);
  }

  @FieldResolver(() => PersonAnnouncementConnection, { description: 'People who announced this programme, as edges with the relationship\'s facts and sources.' })
  announcedByConnection(@Root() programme: Programme, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PROGRAMME_MODEL.relations.announcedBy, programme.id, args, selectsField(info, 'totalCount'));
  }
}
