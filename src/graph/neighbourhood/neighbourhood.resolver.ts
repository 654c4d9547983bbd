import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { NotFoundError } from '../../errors';
import { GraphView } from '../graph-view/graph-view.type';
import { NeighbourhoodArgs } from './neighbourhood.args';
import { findNeighbourhood } from './neighbourhood.repository';

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => GraphView, {
    description:
      'The entities within `depth` hops of an entity and every relationship between them, as one node list and ' +
      'one edge list (for Cytoscape.js, sigma.js/graphology, Neo4j NVL). Nearest nodes first; at most `limit` ' +
      'nodes. One database statement. NOT_FOUND if there is no such entity.',
  })
  async neighbourhood(@Args() { id, depth, types, limit }: NeighbourhoodArgs, @Ctx() ctx: Context) {
    const view = await findNeighbourhood(ctx.db, id, { depth, types, limit });
    if (!view) throw new NotFoundError('entity', id);
    return view;
  }
}
