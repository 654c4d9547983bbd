import { Args, Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Context } from '../../context';
import { StatsArgs } from './stats.args';
import { findStatBuckets } from './stats.repository';
import { StatBucket, Stats } from './stats.type';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: 'Grouped counts and sums for charts (group-by with sort by aggregate).' })
  stats(): Stats {
    return {};
  }

  @FieldResolver(() => [StatBucket], {
    description: 'Projects per funding round (FUNDED_IN), every round included; the sum takes each FUNDED_IN amountGbp, else the project\'s grant.',
  })
  projectsByRound(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'projectsByRound', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], { description: 'Projects per theme (HAS_THEME), every theme included, with the sum of their grants.' })
  projectsByTheme(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'projectsByTheme', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], {
    description: 'Projects per region of their lead councils (a project led from two regions counts in both), with the sum of their grants.',
  })
  projectsByRegion(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'projectsByRegion', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], { description: 'Councils per type (county, unitary, ...), abolished councils included.' })
  councilsByType(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'councilsByType', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], { description: 'Councils per region, with the sum of the grants of the projects they lead.' })
  councilsByRegion(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'councilsByRegion', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], { description: 'Findings per direction (positive, mixed, no-clear-effect, negative, emerging).' })
  findingsByDirection(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'findingsByDirection', orderBy, first);
  }

  @FieldResolver(() => [StatBucket], { description: 'Findings per outcome area.' })
  findingsByOutcomeArea(@Args() { orderBy, first }: StatsArgs, @Ctx() ctx: Context) {
    return findStatBuckets(ctx.db, 'findingsByOutcomeArea', orderBy, first);
  }
}
