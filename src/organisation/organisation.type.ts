import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'An organisation other than a council: trust, charity, university, consultancy, government body or network.' })
export class Organisation implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "org:spring-consortium".' })
  id!: string;

  @Field({ description: 'Name of the organisation.' })
  name!: string;

  @Field({ description: 'government, charity, trust, university, consultancy, network, research-centre, health, police or other.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'What the organisation is, in the project\'s words.' })
  summary!: string | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
