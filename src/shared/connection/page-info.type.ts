import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information of a connection.' })
export class PageInfo {
  @Field({ description: 'True when items follow the last edge of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede the first edge of this page (always true after `after`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}
