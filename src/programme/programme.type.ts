import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'A government programme: the Innovation Programme, or a later one that carried its work on.' })
export class Programme implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "programme:innovation-programme".' })
  id!: string;

  @Field({ description: 'Name of the programme.' })
  name!: string;

  // Nullable like every `summary` of the Entity union, so that one selection works across its members.
  @Field(() => String, { nullable: true, description: 'What the programme did, in the project\'s words (the seeds give every programme one).' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Start (ISO date to the precision known).' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'End (ISO date to the precision known).' })
  endDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'Total budget in pounds sterling, where a source states it.' })
  budgetGbp!: number | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
