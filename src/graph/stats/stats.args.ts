import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { StatsOrder } from './stats-order.enum';

@ArgsType()
export class StatsArgs {
  @Field(() => StatsOrder, { description: 'How to order the buckets, e.g. COUNT_DESC for the largest groups first.' })
  orderBy: StatsOrder = StatsOrder.KEY_ASC;

  @Field(() => Int, { nullable: true, description: 'Only the first n buckets (1 to 1000); null for all.' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  first: number | null = null;
}
