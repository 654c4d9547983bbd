import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonRoleConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectAdoptionConnection, ProjectPartnershipConnection, ProjectRelationConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { RegionConnectionArgs } from '../region/region.args';
import { RegionRelationConnection } from '../region/region.connection';
import { Region } from '../region/region.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { CouncilProject } from './council-project.type';
import { CouncilProjectsArgs } from './council-projects.args';
import { CouncilConnectionArgs } from './council.args';
import { CouncilConnection } from './council.connection';
import { COUNCIL_MODEL } from './council.model';
import { findNodeById } from '../shared/connection/find-node';
import { Council } from './council.type';

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, { nullable: true, description: 'One council by id; null if there is none.' })
  council(@Arg('id', () => ID, { description: 'The council id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, COUNCIL_MODEL, id, info, ctx.loaders.councilById);
  }

  @Query(() => CouncilConnection, { description: 'Councils, a page at a time, filtered and sorted.' })
  councils(@Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Council>(ctx.db, COUNCIL_MODEL, args, info);
  }

  @FieldResolver(() => [CouncilProject], {
    description:
      'Every project this council takes part in, one entry per way it takes part (leads, partners in, adopted), ' +
      'with the rounds each belongs to; filtered by role and round; by project name. One database statement ' +
      'for all councils of a list that ask with the same arguments.',
  })
  projects(@Root() council: Council, @Args() { roles, round, includeUnstatedRounds, first }: CouncilProjectsArgs, @Ctx() ctx: Context) {
    // Roles in one order, so that the same set asked for in another order shares the batch.
    return ctx.loaders.projectsByCouncilId.load(council.id, { roles: [...new Set(roles)].sort(), round, includeUnstatedRounds, first });
  }

  @FieldResolver(() => [Project], { description: 'Projects this council leads.' })
  projectsLed(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(COUNCIL_MODEL.relations.projectsLed, council.id, args);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects this council leads, as edges with the relationship\'s sources.' })
  projectsLedConnection(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(COUNCIL_MODEL.relations.projectsLed, council.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Projects this council is a partner in.' })
  partnerships(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(COUNCIL_MODEL.relations.partnerships, council.id, args);
  }

  @FieldResolver(() => ProjectPartnershipConnection, { description: 'Projects this council is a partner in, as edges with the relationship\'s facts and sources.' })
  partnershipsConnection(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(COUNCIL_MODEL.relations.partnerships, council.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Projects whose model this council adopted.' })
  adopted(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(COUNCIL_MODEL.relations.adopted, council.id, args);
  }

  @FieldResolver(() => ProjectAdoptionConnection, { description: 'Projects whose model this council adopted, as edges with the relationship\'s facts and sources.' })
  adoptedConnection(@Root() council: Council, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(COUNCIL_MODEL.relations.adopted, council.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region of this council.' })
  region(@Root() council: Council, @Ctx() ctx: Context) {
    return ctx.loaders.related.node<Region>(COUNCIL_MODEL.relations.region, council.id);
  }

  @FieldResolver(() => RegionRelationConnection, { description: 'The region of this council, as edges with the relationship\'s sources.' })
  regionConnection(@Root() council: Council, @Args() args: RegionConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(COUNCIL_MODEL.relations.region, council.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who held a role in this council (e.g. director of children\'s services, cabinet member), each once.' })
  people(@Root() council: Council, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(COUNCIL_MODEL.relations.people, council.id, args);
  }

  @FieldResolver(() => PersonRoleConnection, { description: 'People who held a role in this council, as edges (one per role) with the relationship\'s facts and sources.' })
  peopleConnection(@Root() council: Council, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(COUNCIL_MODEL.relations.people, council.id, args, selectsField(info, 'totalCount'));
  }
}
