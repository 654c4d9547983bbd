import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../node/node.interface';

/**
 * A document that supports facts in the graph. It does not implement HasSources: a source's own
 * provenance is empty by design, and citation.type.ts -> source.type.ts would close an import cycle.
 */
@ObjectType({ implements: [Node], description: 'A document (article, report, web page, dataset) that supports facts in the graph.' })
export class Source {
  @Field(() => ID, { description: 'Stable id, e.g. "source:cypnow-2017-04-19".' })
  id!: string;

  @Field({ description: 'Title of the document.' })
  title!: string;

  @Field({ description: 'Who published the document.' })
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'Publication date (ISO, to the precision known: YYYY, YYYY-MM or YYYY-MM-DD).' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document can be read.' })
  url!: string | null;

  @Field({ description: 'Kind of document, e.g. news-article, evaluation-report, web-page.' })
  kind!: string;
}
