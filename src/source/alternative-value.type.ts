import { Field, ObjectType } from 'type-graphql';
import { HasSources } from './has-sources.interface';

/** A value of one field that some source gives differently from the value the graph keeps. */
@ObjectType({ implements: [HasSources], description: 'A value some source gives for a field, different from the value kept in the field, with its sources.' })
export class AlternativeValue {
  @Field({ description: 'Name of the field the value is for, e.g. "grantGbp".' })
  field!: string;

  @Field({ description: 'The alternative value, as text (numbers in decimal).' })
  value!: string;

  sourceIds!: string[];
  sourceNotes!: string[];
}
