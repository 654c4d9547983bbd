import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A person: minister, official, council leader or evaluator.' })
export class Person implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "person:edward-timpson".' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  sourceIds!: string[];
  sourceNotes!: string[];
}
