import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { OrganisationOrder, OrganisationWhere } from './organisation.input';

/** Arguments of every list of organisations: the root query and every relationship field. */
@ArgsType()
export class OrganisationConnectionArgs extends ConnectionArgs {
  @Field(() => OrganisationWhere, { nullable: true, description: 'Only organisations matching these conditions.' })
  where?: OrganisationWhere;

  @Field(() => [OrganisationOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
