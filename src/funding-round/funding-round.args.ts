import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { FundingRoundOrder, FundingRoundWhere } from './funding-round.input';

/** Arguments of every list of funding rounds: the root query and every relationship field. */
@ArgsType()
export class FundingRoundConnectionArgs extends ConnectionArgs {
  @Field(() => FundingRoundWhere, { nullable: true, description: 'Only funding rounds matching these conditions.' })
  where?: FundingRoundWhere;

  @Field(() => [FundingRoundOrder], { nullable: true, description: 'Sort keys in order of precedence (default: number, startDate); the id breaks ties.' })
  orderBy?: OrderValue[];
}
