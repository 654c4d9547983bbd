import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { FindingOrder, FindingWhere } from './finding.input';

/** Arguments of every list of findings: the root query and every relationship field. */
@ArgsType()
export class FindingConnectionArgs extends ConnectionArgs {
  @Field(() => FindingWhere, { nullable: true, description: 'Only findings matching these conditions.' })
  where?: FindingWhere;

  @Field(() => [FindingOrder], { nullable: true, description: 'Sort keys in order of precedence (default: id); the id breaks ties.' })
  orderBy?: OrderValue[];
}
