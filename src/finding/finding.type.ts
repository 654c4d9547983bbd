import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'One finding of an evaluation, stated in the project\'s words.' })
export class Finding implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "finding:herts-child-protection-plans".' })
  id!: string;

  @Field({ description: 'What was found, in the project\'s words.' })
  statement!: string;

  @Field({ description: 'positive, mixed, no-clear-effect, negative or emerging.' })
  direction!: string;

  @Field({ description: 'The outcome area the finding is about, e.g. "looked-after children".' })
  outcomeArea!: string;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
