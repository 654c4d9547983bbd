import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'An English region (ONS), grouping councils.' })
export class Region implements Sourced {
  @Field(() => ID, { description: 'Stable id: "region:" and the ONS code, e.g. "region:E12000003".' })
  id!: string;

  @Field({ description: 'Name of the region.' })
  name!: string;

  @Field({ description: 'ONS GSS code of the region.' })
  gssCode!: string;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
