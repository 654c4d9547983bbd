import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { CouncilOrder, CouncilWhere } from './council.input';

/** Arguments of every list of councils: the root query and every relationship field. */
@ArgsType()
export class CouncilConnectionArgs extends ConnectionArgs {
  @Field(() => CouncilWhere, { nullable: true, description: 'Only councils matching these conditions.' })
  where?: CouncilWhere;

  @Field(() => [CouncilOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
