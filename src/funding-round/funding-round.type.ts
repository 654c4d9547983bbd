import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'A funding round of a programme (e.g. Round One 2014-16, Round Two 2016-20).' })
export class FundingRound implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "round:1".' })
  id!: string;

  @Field({ description: 'Name of the round.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Round number for the numbered rounds (1, 2, 3); null otherwise.' })
  number!: number | null;

  // Nullable like every `summary` of the Entity union, so that one selection works across its members.
  @Field(() => String, { nullable: true, description: 'What the round funded, in the project\'s words (the seeds give every round one).' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Start (ISO date to the precision known).' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'End (ISO date to the precision known).' })
  endDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'Budget in pounds sterling, where a source states it.' })
  budgetGbp!: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of projects funded, as a source states it.' })
  projectCount!: number | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
