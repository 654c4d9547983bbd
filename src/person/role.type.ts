import { Field, ObjectType } from 'type-graphql';
import { Organisation } from '../organisation/organisation.type';
import { RoleFacts } from '../relationship/relationship-facts';
import { HasSources } from '../source/has-sources.interface';
import { Person } from './person.type';

/** A HELD_ROLE relationship read as one object, with both ends (for `person.roles`, `organisation.roles`). */
@ObjectType({ implements: [HasSources, RoleFacts], description: 'A role a person held in an organisation, with both ends and its sources.' })
export class Role {
  @Field(() => Person, { description: 'Who held the role.' })
  person!: Person;

  @Field(() => Organisation, { description: 'Where the role was held.' })
  organisation!: Organisation;

  title!: string;
  from!: string | null;
  to!: string | null;
  sourceIds!: string[];
  sourceNotes!: string[];
}
