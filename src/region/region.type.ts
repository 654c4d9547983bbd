import { Field, ID, ObjectType } from 'type-graphql';
import { Sourced } from '../source/provenance';

@ObjectType({ description: 'An English region (ONS), grouping councils.' })
export class Region implements Sourced {
  @Field(() => ID, { description: 'Stable id: "region:" and the ONS code, e.g. "region:E12000003".' })
  id!: string;

  @Field({ description: 'Name of the region.' })
  name!: string;

  @Field({ description: 'ONS GSS code of the region.' })
  gssCode!: string;

  sourceIds!: string[];
  sourceNotes!: string[];
}
