import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../../context';
import { Citation } from '../../source/citation.type';
import { resolveCitations } from '../../source/provenance';
import { TimelineEvent } from './timeline-event.type';
import { TimelineArgs } from './timeline.args';
import { findTimeline } from './timeline.repository';

@Resolver(() => TimelineEvent)
export class TimelineResolver {
  @Query(() => [TimelineEvent], {
    description:
      'Dated events in order: announcements, programme, round and project starts, evaluation publications. Dates ' +
      'have the precision their sources give and sort as strings ("2016" before "2016-09"). A date stands for ' +
      'all the days it may mean ("2016": any day of 2016); an event is in [from, to] when all of them are, or, ' +
      'with includeImprecise, when any of them is. One database statement.',
  })
  timeline(@Args() { from, to, kinds, includeImprecise, first }: TimelineArgs, @Ctx() ctx: Context) {
    return findTimeline(ctx.db, { from, to, kinds, includeImprecise, first });
  }

  @FieldResolver(() => [Citation], { description: 'Sources for the event\'s date.' })
  sources(@Root() event: TimelineEvent, @Ctx() ctx: Context) {
    return resolveCitations(event, ctx.loaders.sourceById);
  }
}
