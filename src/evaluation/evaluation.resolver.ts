import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { FindingConnectionArgs } from '../finding/finding.args';
import { FindingRelationConnection } from '../finding/finding.connection';
import { Finding } from '../finding/finding.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.args';
import { OrganisationRelationConnection } from '../organisation/organisation.connection';
import { Organisation } from '../organisation/organisation.type';
import { PersonConnectionArgs } from '../person/person.args';
import { PersonRelationConnection } from '../person/person.connection';
import { Person } from '../person/person.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectRelationConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { EvaluationConnectionArgs } from './evaluation.args';
import { EvaluationConnection } from './evaluation.connection';
import { EVALUATION_MODEL } from './evaluation.model';
import { findNodeById } from '../shared/connection/find-node';
import { Evaluation } from './evaluation.type';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => Evaluation, { nullable: true, description: 'One evaluation by id; null if there is none.' })
  evaluation(@Arg('id', () => ID, { description: 'The evaluation id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, EVALUATION_MODEL, id, info, ctx.loaders.evaluationById);
  }

  @Query(() => EvaluationConnection, { description: 'Evaluations, a page at a time, filtered and sorted.' })
  evaluations(@Args() args: EvaluationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Evaluation>(ctx.db, EVALUATION_MODEL, args, info);
  }

  @FieldResolver(() => [Project], { description: 'Projects this evaluation evaluates.' })
  projects(@Root() evaluation: Evaluation, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(EVALUATION_MODEL.relations.projects, evaluation.id, args);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects this evaluation evaluates, as edges with the relationship\'s sources.' })
  projectsConnection(@Root() evaluation: Evaluation, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(EVALUATION_MODEL.relations.projects, evaluation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations that carried out this evaluation.' })
  evaluatorOrganisations(@Root() evaluation: Evaluation, @Args() args: OrganisationConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Organisation>(EVALUATION_MODEL.relations.evaluatorOrganisations, evaluation.id, args);
  }

  @FieldResolver(() => OrganisationRelationConnection, { description: 'Organisations that carried out this evaluation, as edges with the relationship\'s sources.' })
  evaluatorOrganisationsConnection(@Root() evaluation: Evaluation, @Args() args: OrganisationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(EVALUATION_MODEL.relations.evaluatorOrganisations, evaluation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Person], { description: 'People who carried out this evaluation.' })
  evaluatorPeople(@Root() evaluation: Evaluation, @Args() args: PersonConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Person>(EVALUATION_MODEL.relations.evaluatorPeople, evaluation.id, args);
  }

  @FieldResolver(() => PersonRelationConnection, { description: 'People who carried out this evaluation, as edges with the relationship\'s sources.' })
  evaluatorPeopleConnection(@Root() evaluation: Evaluation, @Args() args: PersonConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(EVALUATION_MODEL.relations.evaluatorPeople, evaluation.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Finding], { description: 'Findings this evaluation reports.' })
  findings(@Root() evaluation: Evaluation, @Args() args: FindingConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Finding>(EVALUATION_MODEL.relations.findings, evaluation.id, args);
  }

  @FieldResolver(() => FindingRelationConnection, { description: 'Findings this evaluation reports, as edges with the relationship\'s sources.' })
  findingsConnection(@Root() evaluation: Evaluation, @Args() args: FindingConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(EVALUATION_MODEL.relations.findings, evaluation.id, args, selectsField(info, 'totalCount'));
  }
}
