import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { CouncilConnectionArgs } from '../council/council.args';
import { CouncilRoleConnection } from '../council/council.connection';
import { Council } from '../council/council.type';
import { EvaluationConnectionArgs } from '../evaluation/evaluation.args';
import { EvaluationRelationConnection } from '../evaluation/evaluation.connection';
import { Evaluation } from '../evaluation/evaluation.type';
import { FundingRoundConnectionArgs } from '../funding-round/funding-round.args';
import { FundingRoundAnnouncementConnection } from '../funding-round/funding-round.connection';
import { FundingRound } from '../funding-round/funding-round.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.args';
import { OrganisationRoleConnection } from '../organisation/organisation.connection';
import { Organisation } from '../organisation/organisation.type';
import { ProgrammeConnectionArgs } from '../programme/programme.args';
import { ProgrammeAnnouncementConnection } from '../programme/programme.connection';
import { Programme } from '../programme/programme.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectAnnouncementConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { PersonConnectionArgs } from './person.args';
import { PersonConnection } from './person.connection';
import { PERSON_MODEL } from './person.model';
import { findNodeById } from '../shared/connection/find-node';
import { Person } from './person.type';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by id; null if there is none.' })
  person(@Arg('id', () => ID, { description: 'The person id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, PERSON_MODEL, id, info, ctx.loaders.personById);
  }

  @Query(() => PersonConnection, { description: 'People, a page at a time, filtered and sorted.' })
  people(@Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Person>(ctx.db, PERSON_MODEL, args, info);
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations this person held a role in.' })
  organisations(@Root() person: Person, @Args() args: OrganisationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Organisation>(PERSON_MODEL.relations.organisations, person.id, args);
  }

  @FieldResolver(() => OrganisationRoleConnection, { description: 'Organisations this person held a role in, as edges with the relationship\'s facts and sources.' })
  organisationsConnection(@Root() person: Person, @Args() args: OrganisationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.organisations, person.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Council], { description: 'Councils this person held a role in (e.g. director of children\'s services), each once.' })
  councils(@Root() person: Person, @Args() args: CouncilConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Council>(PERSON_MODEL.relations.councils, person.id, args);
  }

  @FieldResolver(() => CouncilRoleConnection, { description: 'Councils this person held a role in, as edges (one per role) with the relationship\'s facts and sources.' })
  councilsConnection(@Root() person: Person, @Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.councils, person.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Evaluation], { description: 'Evaluations this person carried out.' })
  evaluations(@Root() person: Person, @Args() args: EvaluationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Evaluation>(PERSON_MODEL.relations.evaluations, person.id, args);
  }

  @FieldResolver(() => EvaluationRelationConnection, { description: 'Evaluations this person carried out, as edges with the relationship\'s sources.' })
  evaluationsConnection(@Root() person: Person, @Args() args: EvaluationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.evaluations, person.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [FundingRound], { description: 'Funding rounds this person announced.' })
  announcedRounds(@Root() person: Person, @Args() args: FundingRoundConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<FundingRound>(PERSON_MODEL.relations.announcedRounds, person.id, args);
  }

  @FieldResolver(() => FundingRoundAnnouncementConnection, { description: 'Funding rounds this person announced, as edges with the relationship\'s facts and sources.' })
  announcedRoundsConnection(@Root() person: Person, @Args() args: FundingRoundConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.announcedRounds, person.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Programme], { description: 'Programmes this person announced.' })
  announcedProgrammes(@Root() person: Person, @Args() args: ProgrammeConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Programme>(PERSON_MODEL.relations.announcedProgrammes, person.id, args);
  }

  @FieldResolver(() => ProgrammeAnnouncementConnection, { description: 'Programmes this person announced, as edges with the relationship\'s facts and sources.' })
  announcedProgrammesConnection(@Root() person: Person, @Args() args: ProgrammeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.announcedProgrammes, person.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Projects this person announced.' })
  announcedProjects(@Root() person: Person, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(PERSON_MODEL.relations.announcedProjects, person.id, args);
  }

  @FieldResolver(() => ProjectAnnouncementConnection, { description: 'Projects this person announced, as edges with the relationship\'s facts and sources.' })
  announcedProjectsConnection(@Root() person: Person, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(PERSON_MODEL.relations.announcedProjects, person.id, args, selectsField(info, 'totalCount'));
  }
}
