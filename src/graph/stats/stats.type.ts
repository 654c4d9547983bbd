import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One group of a statistic: what was grouped on, how many, and the money involved.' })
export class StatBucket {
  @Field({ description: 'The value grouped on: an entity id (round, theme, region) or a property value (council type, finding direction).' })
  key!: string;

  @Field({ description: 'A display label for the key (the entity\'s name, or the value itself).' })
  label!: string;

  @Field(() => Int, { description: 'How many entities fall in the group.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Sum of the grants of the group\'s projects in pounds, where any is known; null otherwise and for non-project statistics.' })
  grantGbpSum!: number | null;
}

@ObjectType({ description: 'Grouped counts and sums for charts; each field runs one database statement, only when asked for.' })
export class Stats {}
