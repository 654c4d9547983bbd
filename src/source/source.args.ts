import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { SourceOrder, SourceWhere } from './source.input';

/** Arguments of every list of sources: the root query and every relationship field. */
@ArgsType()
export class SourceConnectionArgs extends ConnectionArgs {
  @Field(() => SourceWhere, { nullable: true, description: 'Only sources matching these conditions.' })
  where?: SourceWhere;

  @Field(() => [SourceOrder], { nullable: true, description: 'Sort keys in order of precedence (default: title); the id breaks ties.' })
  orderBy?: OrderValue[];
}
