import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context';
import { CouncilConnectionArgs } from '../council/council.args';
import { CouncilRelationConnection } from '../council/council.connection';
import { Council } from '../council/council.type';
import { findConnection } from '../shared/connection/connection-query';
import { selectsField } from '../shared/connection/selection';
import { RegionConnectionArgs } from './region.args';
import { RegionConnection } from './region.connection';
import { REGION_MODEL } from './region.model';
import { findNodeById } from '../shared/connection/find-node';
import { Region } from './region.type';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'One region by id; null if there is none.' })
  region(@Arg('id', () => ID, { description: 'The region id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, REGION_MODEL, id, info, ctx.loaders.regionById);
  }

  @Query(() => RegionConnection, { description: 'Regions, a page at a time, filtered and sorted.' })
  regions(@Args() args: RegionConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Region>(ctx.db, REGION_MODEL, args, info);
  }

  @FieldResolver(() => [Council], { description: 'Councils in this region.' })
  councils(@Root() region: Region, @Args() args: CouncilConnectionArgs, @Ctx() ctx: Context) {
    return ctx.loaders.related.nodes<Council>(REGION_MODEL.relations.councils, region.id, args);
  }

  @FieldResolver(() => CouncilRelationConnection, { description: 'Councils in this region, as edges with the relationship\'s sources.' })
  councilsConnection(@Root() region: Region, @Args() args: CouncilConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return ctx.loaders.related.connection(REGION_MODEL.relations.councils, region.id, args, selectsField(info, 'totalCount'));
  }
}
