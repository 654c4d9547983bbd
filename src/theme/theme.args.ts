import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { ThemeOrder, ThemeWhere } from './theme.input';

/** Arguments of every list of themes: the root query and every relationship field. */
@ArgsType()
export class ThemeConnectionArgs extends ConnectionArgs {
  @Field(() => ThemeWhere, { nullable: true, description: 'Only themes matching these conditions.' })
  where?: ThemeWhere;

  @Field(() => [ThemeOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
