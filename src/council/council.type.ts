import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "gssCode")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'An English upper-tier local authority (county, unitary, metropolitan district, London borough).' })
export class Council implements Sourced {
  @Field(() => ID, { description: 'Stable id: "council:" and the ONS GSS code, e.g. "council:E10000023".' })
  id!: string;

  @Directive('@shareable')
  @Field({ description: 'Name of the council.' })
  name!: string;

  @Directive('@shareable')
  @Field({ description: 'ONS GSS code, e.g. "E10000023".' })
  gssCode!: string;

  @Directive('@shareable')
  @Field(() => String, { nullable: true, description: 'DfE local authority code (three digits), where known.' })
  laCode!: string | null;

  @Field({ description: 'county, unitary, metropolitan-district, london-borough, city-of-london or isles-of-scilly.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Date the council came into being, for reorganised councils.' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the council was abolished or merged, if it was.' })
  validTo!: string | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
