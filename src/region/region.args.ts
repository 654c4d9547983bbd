import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { RegionOrder, RegionWhere } from './region.input';

/** Arguments of every list of regions: the root query and every relationship field. */
@ArgsType()
export class RegionConnectionArgs extends ConnectionArgs {
  @Field(() => RegionWhere, { nullable: true, description: 'Only regions matching these conditions.' })
  where?: RegionWhere;

  @Field(() => [RegionOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
