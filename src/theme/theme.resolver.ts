import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { FindingConnectionArgs } from '../finding/finding.args';
import { FindingRelationConnection } from '../finding/finding.connection';
import { Finding } from '../finding/finding.type';
import { ProjectConnectionArgs } from '../project/project.args';
import { ProjectRelationConnection } from '../project/project.connection';
import { Project } from '../project/project.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { ThemeConnectionArgs } from './theme.args';
import { ThemeConnection } from './theme.connection';
import { THEME_MODEL } from './theme.model';
import { findNodeById } from '../shared/connection/find-node';
import { Theme } from './theme.type';

@Resolver(() => Theme)
export class ThemeResolver {
  @Query(() => Theme, { nullable: true, description: 'One theme by id; null if there is none.' })
  theme(@Arg('id', () => ID, { description: 'The theme id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, THEME_MODEL, id, info, ctx.loaders.themeById);
  }

  @Query(() => ThemeConnection, { description: 'Themes, a page at a time, filtered and sorted.' })
  themes(@Args() args: ThemeConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Theme>(ctx.db, THEME_MODEL, args, info);
  }

  @FieldResolver(() => [Project], { description: 'Projects with this theme.' })
  projects(@Root() theme: Theme, @Args() args: ProjectConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Project>(THEME_MODEL.relations.projects, theme.id, args);
  }

  @FieldResolver(() => ProjectRelationConnection, { description: 'Projects with this theme, as edges with the relationship\'s sources.' })
  projectsConnection(@Root() theme: Theme, @Args() args: ProjectConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(THEME_MODEL.relations.projects, theme.id, args, selectsField(info, 'totalCount'));
  }

  @FieldResolver(() => [Finding], { description: 'Findings with this theme.' })
  findings(@Root() theme: Theme, @Args() args: FindingConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Finding>(THEME_MODEL.relations.findings, theme.id, args);
  }

  @FieldResolver(() => FindingRelationConnection, { description: 'Findings with this theme, as edges with the relationship\'s sources.' })
  findingsConnection(@Root() theme: Theme, @Args() args: FindingConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(THEME_MODEL.relations.findings, theme.id, args, selectsField(info, 'totalCount'));
  }
}
