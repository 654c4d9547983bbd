import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { PersonOrder, PersonWhere } from './person.input';

/** Arguments of every list of people: the root query and every relationship field. */
@ArgsType()
export class PersonConnectionArgs extends ConnectionArgs {
  @Field(() => PersonWhere, { nullable: true, description: 'Only people matching these conditions.' })
  where?: PersonWhere;

  @Field(() => [PersonOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
