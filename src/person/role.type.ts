import { Field, ObjectType } from 'type-graphql';
import { Council } from '../council/council.type';
import { Node } from '../node/node.interface';
import { Organisation } from '../organisation/organisation.type';
import { RoleFacts } from '../relationship/relationship-facts';
import { HasSources } from '../source/has-sources.interface';
import { Person } from './person.type';

/**
 * A HELD_ROLE relationship read as one object, with both ends (for `person.roles`,
 * `organisation.roles`, `council.roles`). A role is held at an organisation or at a council:
 * exactly one of `organisation` and `council` is set, and `heldAt` is that one.
 */
@ObjectType({ implements: [HasSources, RoleFacts], description: 'A role a person held in an organisation or a council, with both ends and its sources.' })
export class Role {
  @Field(() => Person, { description: 'Who held the role.' })
  person!: Person;

  @Field(() => Node, { description: 'Where the role was held: an Organisation or a Council.' })
  heldAt!: Organisation | Council;

  @Field(() => Organisation, { nullable: true, description: 'Where the role was held, when it was an organisation; null for a role at a council (see `council`).' })
  organisation!: Organisation | null;

  @Field(() => Council, { nullable: true, description: 'Where the role was held, when it was a council (e.g. director of children\'s services); null for a role at an organisation.' })
  council!: Council | null;

  title!: string;
  from!: string | null;
  to!: string | null;
  sourceIds!: string[];
  sourceNotes!: string[];
}
