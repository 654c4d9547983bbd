import { Field, ObjectType } from 'type-graphql';
import { Source } from './source.type';

/** One source supporting one fact, with where in the source the fact is stated. */
@ObjectType({ description: 'A source supporting a fact, with a note on where in it the fact is stated.' })
export class Citation {
  @Field(() => Source, { description: 'The supporting document.' })
  source!: Source;

  @Field({ description: 'Where in the document the fact is stated (page, section, table), in the project\'s words.' })
  note!: string;
}
