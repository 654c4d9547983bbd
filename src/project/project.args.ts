import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { ProjectOrder, ProjectWhere } from './project.input';

/** Arguments of every list of projects: the root query and every relationship field. */
@ArgsType()
export class ProjectConnectionArgs extends ConnectionArgs {
  @Field(() => ProjectWhere, { nullable: true, description: 'Only projects matching these conditions.' })
  where?: ProjectWhere;

  @Field(() => [ProjectOrder], { nullable: true, description: 'Sort keys in order of precedence (default: name); the id breaks ties.' })
  orderBy?: OrderValue[];
}
