import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { AnnouncementFacts } from '../relationship/relationship-facts';
import { HasSources } from '../source/has-sources.interface';
import { Person } from './person.type';

/** An ANNOUNCED relationship read as one object; the target is a round, programme or project. */
@ObjectType({ implements: [HasSources, AnnouncementFacts], description: 'An announcement by a person of a funding round, programme or project, with its sources.' })
export class Announcement {
  @Field(() => Person, { description: 'Who made the announcement.' })
  person!: Person;

  @Field(() => Node, { description: 'What was announced: a FundingRound, Programme or Project.' })
  target!: Node;

  date!: string | null;
  amountGbp!: number | null;
  sourceIds!: string[];
  sourceNotes!: string[];
}
