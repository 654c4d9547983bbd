import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'A project funded by the Innovation Programme or a programme that carried its work on.' })
export class Project implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "project:no-wrong-door".' })
  id!: string;

  @Field({ description: 'Name of the project.' })
  name!: string;

  // Nullable like every `summary` of the Entity union, so that one selection works across its members.
  @Field(() => String, { nullable: true, description: 'What the project did, in the project\'s words (the seeds give every project one).' })
  summary!: string | null;

  @Field(() => String, { nullable: true, description: 'Start (ISO date to the precision known).' })
  startDate!: string | null;

  @Field(() => String, { nullable: true, description: 'End (ISO date to the precision known).' })
  endDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'Grant in pounds sterling, where a source states it (see `alternatives` for other figures).' })
  grantGbp!: number | null;

  @Field({ description: 'completed, active or unknown.' })
  status!: string;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
