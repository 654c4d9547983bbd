import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonAnnouncementConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { ProgrammeConnectionArgs } from '../programme/programme.args';
import { ProgrammeRelationConnection } from '../programme/programme.connection';
import { Programme } from '../programme/programme.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectFundingConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { FundingRoundConnectionArgs } from './funding-round.args';
import { FundingRoundConnection } from './funding-round.connection';
import { FUNDING_ROUND_MODEL } from './funding-round.model';
import { findNodeById } from '../shared/connection/find-node';
import { FundingRound } from './funding-round.type';

@Resolver(() => FundingRound)
export class FundingRoundResolver {
  @Query(() => FundingRound, { nullable: true, description: 'One funding round by id; null if there is none.' })
  fundingRound(@Arg('id', () => ID, { description: 'The funding round id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, FUNDING_ROUND_MODEL, id, info, ctx.loaders.fundingRoundById);
  }

  @Query(() => FundingRoundConnection, { description: 'Funding rounds, a page at a time, filtered and sorted.' })
  fundingRounds(@Args() args: FundingRoundConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<FundingRound>(ctx.db, FUNDING_ROUND_MODEL, args, info);
  }

  @FieldResolver(() => [Project], { description: 'Projects funded in this round.' })
  projects(@Root() fundingRound: FundingRound, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(FUNDING_ROUND_MODEL.relations.projects, fundingRound.id, args);
  }

  @FieldResolver(() => ProjectFundingConnection, { description: 'Projects funded in this round, as edges with the relationship\'s facts and sources.' })
  projectsConnection(@Root() fundingRound: FundingRound, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FUNDING_ROUND_MODEL.relations.projects, fundingRound.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => Programme, { nullable: true, description: 'The programme this round belongs to.' })
  programme(@Root() fundingRound: FundingRound, @Ctx() ctx: Context) {
    return ctx.loaders.related.node<Programme>(FUNDING_ROUND_MODEL.relations.programme, fundingRound.id);
  }

  @FieldResolver(() => ProgrammeRelationConnection, { description: 'The programme this round belongs to, as edges with the relationship\'s sources.' })
  programmeConnection(@Root() fundingRound: FundingRound, @Args() args: ProgrammeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FUNDING_ROUND_MODEL.relations.programme, fundingRound.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who announced this round.' })
  announcedBy(@Root() fundingRound: FundingRound, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(FUNDING_ROUND_MODEL.relations.announcedBy, fundingRound.id, args);
  }

  @FieldResolver(() => PersonAnnouncementConnection, { description: 'People who announced this round, as edges with the relationship\'s facts and sources.' })
  announcedByConnection(@Root() fundingRound: FundingRound, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FUNDING_ROUND_MODEL.relations.announcedBy, fundingRound.id, args, selectsField(info, 'totalCount'));
  }
}
