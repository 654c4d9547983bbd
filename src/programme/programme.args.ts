import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { ProgrammeOrder, ProgrammeWhere } from './programme.input';

/** Arguments of every list of programmes: the root query and every relationship field. */
@ArgsType()
export class ProgrammeConnectionArgs extends ConnectionArgs {
  @Field(() => ProgrammeWhere, { nullable: true, description: 'Only programmes matching these conditions.' })
  where?: ProgrammeWhere;

  @Field(() => [ProgrammeOrder], { nullable: true, description: 'Sort keys in order of precedence (default: startDate); the id breaks ties.' })
  orderBy?: OrderValue[];
}
