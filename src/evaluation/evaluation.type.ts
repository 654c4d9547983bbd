import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'An evaluation report of one or more projects.' })
export class Evaluation implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "evaluation:no-wrong-door-2017".' })
  id!: string;

  @Field({ description: 'Title of the report.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO, to the precision known).' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the report can be read.' })
  url!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number in the DfE evaluation report series, where it has one.' })
  reportNumber!: number | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
