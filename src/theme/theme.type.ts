import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';
import { HasAlternatives } from '../source/has-alternatives.interface';
import { HasSources } from '../source/has-sources.interface';
import { Sourced } from '../source/provenance';

@Directive('@key(fields: "id")')
@ObjectType({ implements: [Node, HasSources, HasAlternatives], description: 'A theme: a topic, practice model, feature of practice, outcome or policy area.' })
export class Theme implements Sourced {
  @Field(() => ID, { description: 'Stable id, e.g. "theme:adolescents".' })
  id!: string;

  @Field({ description: 'Name of the theme.' })
  name!: string;

  @Field({ description: 'topic, practice-model, feature-of-practice, outcome or policy-area.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'What the theme covers, in the project\'s words.' })
  summary!: string | null;

  alternativesJson?: string;
  sourceIds!: string[];
  sourceNotes!: string[];
}
