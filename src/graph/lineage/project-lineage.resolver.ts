import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Project } from '../../project/project.type';
import { ProjectLineageArgs } from './lineage.args';
import { LineageGeneration } from './lineage.type';

/** `Project.lineage`: the top-level `lineage` query as a field, batched across projects. */
@Resolver(() => Project)
export class ProjectLineageResolver {
  @FieldResolver(() => [LineageGeneration], {
    description:
      'The scale-and-spread lineage of this project as generations, oldest first (as Query.lineage): which ' +
      'projects scaled or spread it, or which it derives from, with adopting councils and findings at each ' +
      'step. One database statement for all projects of a list that ask with the same arguments.',
  })
  async lineage(@Root() project: Project, @Args() { direction, maxDepth }: ProjectLineageArgs, @Ctx() ctx: Context) {
    // null only if the project vanished since its parent field read it: nothing to follow then.
    return (await ctx.loaders.lineageByProjectId.load(project.id, { direction, maxDepth })) ?? [];
  }
}
