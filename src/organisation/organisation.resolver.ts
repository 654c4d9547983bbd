import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EvaluationConnectionArgs } from '../evaluation/evaluation.args';
import { EvaluationRelationConnection } from '../evaluation/evaluation.connection';
import { Evaluation } from '../evaluation/evaluation.type';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonRoleConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectPartnershipConnection, ProjectRelationConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { OrganisationConnectionArgs } from './organisation.args';
import { OrganisationConnection } from './organisation.connection';
import { ORGANISATION_MODEL } from './organisation.model';
import { findNodeById } from '../shared/connection/find-node';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'One organisation by id; null if there is none.' })
  organisation(@Arg('id', () => ID, { description: 'The organisation id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, ORGANISATION_MODEL, id, info, ctx.loaders.organisationById);
  }

  @Query(() => OrganisationConnection, { description: 'Organisations, a page at a time, filtered and sorted.' })
  organisations(@Args() args: OrganisationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Organisation>(ctx.db, ORGANISATION_MODEL, args, info);
  }

  @FieldResolver(() => [Project], { description: 'Projects this organisation leads.' })
  projectsLed(@Root() organisation: Organisation, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(ORGANISATION_MODEL.relations.projectsLed, organisation.id, args);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects this organisation leads, as edges with the relationship\'s sources.' })
  projectsLedConnection(@Root() organisation: Organisation, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(ORGANISATION_MODEL.relations.projectsLed, organisation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Projects this organisation is a partner in.' })
  partnerships(@Root() organisation: Organisation, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(ORGANISATION_MODEL.relations.partnerships, organisation.id, args);
  }

  @FieldResolver(() => ProjectPartnershipConnection, { description: 'Projects this organisation is a partner in, as edges with the relationship\'s facts and sources.' })
  partnershipsConnection(@Root() organisation: Organisation, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(ORGANISATION_MODEL.relations.partnerships, organisation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who held a role in this organisation.' })
  people(@Root() organisation: Organisation, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(ORGANISATION_MODEL.relations.people, organisation.id, args);
  }

  @FieldResolver(() => PersonRoleConnection, { description: 'People who held a role in this organisation, as edges with the relationship\'s facts and sources.' })
  peopleConnection(@Root() organisation: Organisation, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(ORGANISATION_MODEL.relations.people, organisation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Evaluation], { description: 'Evaluations this organisation carried out.' })
  evaluations(@Root() organisation: Organisation, @Args() args: EvaluationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Evaluation>(ORGANISATION_MODEL.relations.evaluations, organisation.id, args);
  }

  @FieldResolver(() => EvaluationRelationConnection, { description: 'Evaluations this organisation carried out, as edges with the relationship\'s sources.' })
  evaluationsConnection(@Root() organisation: Organisation, @Args() args: EvaluationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(ORGANISATION_MODEL.relations.evaluations, organisation.id, args, selectsField(info, 'totalCount'));
  }
}
