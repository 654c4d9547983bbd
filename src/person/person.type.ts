import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'A person: minister, official, council leader or evaluator.' })
export class Person implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "person:edward-timpson".' })
  id!: string;

  @Field({ description: 'Full name.' })
  name!: string;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
