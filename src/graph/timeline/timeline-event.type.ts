import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../../person/person.type';
import { Sourced } from '../../source/provenance';
import { Entity } from '../entity/entity.union';
import { DatePrecision } from './date-precision.enum';
import { TimelineEventKind } from './timeline-event-kind.enum';

@ObjectType({ description: 'A dated event: an announcement, a start, a publication.' })
export class TimelineEvent implements Sourced {
  @Field({ description: 'When: an ISO date to the precision known (YYYY, YYYY-MM or YYYY-MM-DD).' })
  date!: string;

  @Field(() => DatePrecision, { description: 'How precisely `date` is known: YEAR, MONTH or DAY.' })
  datePrecision!: DatePrecision;

  @Field(() => TimelineEventKind, { description: 'What kind of event.' })
  kind!: TimelineEventKind;

  @Field({ description: 'A one-line description, e.g. "Edward Timpson announced Round Two".' })
  title!: string;

  @Field(() => ID, { description: 'Id of the entity the event is about (the announced round, the started project, ...).' })
  subjectId!: string;

  @Field(() => Entity, { description: 'The entity the event is about.' })
  subject!: typeof Entity;

  @Field(() => Person, { nullable: true, description: 'Who made the announcement (ANNOUNCEMENT only).' })
  person!: Person | null;

  /** Provenance of the date: the ANNOUNCED relationship's, or the subject's. */
  sourceIds!: string[];
  sourceNotes!: string[];
}
