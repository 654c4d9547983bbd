import { ArrayNotEmpty, IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { TimelineEventKind } from './timeline-event-kind.enum';

/** An ISO date of any precision the graph uses. */
const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

@ArgsType()
export class TimelineArgs {
  @Field(() => String, { nullable: true, description: 'Earliest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null for no bound.' })
  @IsOptional()
  @Matches(PARTIAL_ISO_DATE, { message: 'from must be YYYY, YYYY-MM or YYYY-MM-DD' })
  from: string | null = null;

  @Field(() => String, { nullable: true, description: 'Latest date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; null for no bound.' })
  @IsOptional()
  @Matches(PARTIAL_ISO_DATE, { message: 'to must be YYYY, YYYY-MM or YYYY-MM-DD' })
  to: string | null = null;

  @Field(() => [TimelineEventKind], { nullable: true, description: 'Kinds of event to include; null for all.' })
  @IsOptional()
  @ArrayNotEmpty()
  kinds: TimelineEventKind[] | null = null;

  @Field(() => Boolean, {
    description:
      'Also return events whose date is too imprecise to say whether they fall in [from, to], but might: every ' +
      'event whose date overlaps the range (e.g. one dated "2017" or "2017-03" for from = to = "2017-03-20"). ' +
      'Off by default: only events whose whole date lies in the range. See TimelineEvent.datePrecision.',
  })
  includeImprecise = false;

  @Field(() => Int, { description: 'Most events to return (1 to 1000), earliest first.' })
  @Min(1)
  @Max(1000)
  first = 200;
}
