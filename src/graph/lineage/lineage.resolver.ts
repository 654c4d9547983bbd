import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { NotFoundError } from '../../errors';
import { Citation } from '../../source/citation.type';
import { resolveCitations } from '../../source/provenance';
import { LineageArgs } from './lineage.args';
import { findLineage } from './lineage.repository';
import { LineageGeneration, LineageStep } from './lineage.type';

@Resolver(() => LineageStep)
export class LineageResolver {
  @Query(() => [LineageGeneration], {
    description:
      'The scale-and-spread lineage of a project as generations, oldest first: which projects scaled or ' +
      'spread it (and them, ...), or which it derives from, with adopting councils and findings at each ' +
      'step. One database statement, bounded by maxDepth. NOT_FOUND if there is no such project.',
  })
  async lineage(@Args() { projectId, direction, maxDepth }: LineageArgs, @Ctx() ctx: Context) {
    const generations = await findLineage(ctx.db, projectId, direction, maxDepth);
    if (!generations) throw new NotFoundError('project', projectId);
    return generations;
  }

  @FieldResolver(() => [Citation], { description: 'Sources for the derivation (the SCALES or SPREADS relationship); empty without a parent.' })
  sources(@Root() step: LineageStep, @Ctx() ctx: Context) {
    return resolveCitations(step, ctx.loaders.sourceById);
  }
}
