import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { BadUserInputError } from '../../errors';
import { GraphView } from '../graph-view/graph-view.type';
import { PathsArgs } from './paths.args';
import { findPaths } from './paths.repository';

@Resolver()
export class PathsResolver {
  @Query(() => GraphView, {
    description:
      'The shortest connections between two entities (e.g. a minister and a council): every shortest path of at ' +
      'most `maxLength` hops, combined into one node list and one edge list. Just the two entities when none is ' +
      'that short. One database statement. NOT_FOUND if either entity does not exist.',
  })
  paths(@Args() { from, to, maxLength, types, limit }: PathsArgs, @Ctx() ctx: Context) {
    if (from === to) throw new BadUserInputError('from and to must be different entities.', { from, to });
    return findPaths(ctx.db, from, to, { maxLength, types, limit });
  }
}
