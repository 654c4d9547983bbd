import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { Context } from '../context';
import { findConnection } from '../shared/connection/connection-query';
import { SourceConnectionArgs } from './source.args';
import { SourceConnection } from './source.connection';
import { SOURCE_MODEL } from './source.model';
import { findNodeById } from '../shared/connection/find-node';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'One source by id; null if there is none.' })
  source(@Arg('id', () => ID, { description: 'The source id.' }) id: string, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findNodeById(ctx.db, SOURCE_MODEL, id, info, ctx.loaders.sourceById);
  }

  @Query(() => SourceConnection, { description: 'Sources, a page at a time, filtered and sorted.' })
  sources(@Args() args: SourceConnectionArgs, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    return findConnection<Source>(ctx.db, SOURCE_MODEL, args, info);
  }
}
