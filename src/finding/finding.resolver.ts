import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { EvaluationConnectionArgs } from '../evaluation/evaluation.args';
import { EvaluationRelationConnection } from '../evaluation/evaluation.connection';
import { Evaluation } from '../evaluation/evaluation.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectRelationConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { ThemeConnectionArgs } from '../theme/theme.args';
import { ThemeRelationConnection } from '../theme/theme.connection';
import { Theme } from '../theme/theme.type';
import { FindingConnectionArgs } from './finding.args';
import { FindingConnection } from './finding.connection';
import { FINDING_MODEL } from './finding.model';
import { findNodeById } from '../shared/connection/find-node';
import { Finding } from './finding.type';

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => Finding, { nullable: true, description: 'One finding by id; null if there is none.' })
  finding(@Arg('id', () => ID, { description: 'The finding id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, FINDING_MODEL, id, info, ctx.loaders.findingById);
  }

  @Query(() => FindingConnection, { description: 'Findings, a page at a time, filtered and sorted.' })
  findings(@Args() args: FindingConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Finding>(ctx.db, FINDING_MODEL, args, info);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'The evaluation that reports this finding.' })
  evaluation(@Root() finding: Finding, @Ctx() ctx: Context) {
    return ctx.loaders.related.node<Evaluation>(FINDING_MODEL.relations.evaluation, finding.id);
  }

  @FieldResolver(() => EvaluationRelationConnection, { description: 'The evaluation that reports this finding, as edges with the relationship\'s sources.' })
  evaluationConnection(@Root() finding: Finding, @Args() args: EvaluationConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FINDING_MODEL.relations.evaluation, finding.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Theme], { description: 'Themes of this finding.' })
  themes(@Root() finding: Finding, @Args() args: ThemeConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Theme>(FINDING_MODEL.relations.themes, finding.id, args);
  }

  @FieldResolver(() => ThemeRelationConnection, { description: 'Themes of this finding, as edges with the relationship\'s sources.' })
  themesConnection(@Root() finding: Finding, @Args() args: ThemeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FINDING_MODEL.relations.themes, finding.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Project], { description: 'Projects evaluated by the evaluation that reports this finding.' })
  projects(@Root() finding: Finding, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(FINDING_MODEL.relations.projects, finding.id, args);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects evaluated by the evaluation that reports this finding, as edges with the relationship\'s sources.' })
  projectsConnection(@Root() finding: Finding, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(FINDING_MODEL.relations.projects, finding.id, args, selectsField(info, 'totalCount'));
  }
}
