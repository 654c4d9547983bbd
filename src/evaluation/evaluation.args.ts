import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../shared/connection/connection.args';
import { OrderValue } from '../shared/connection/order';
import { EvaluationOrder, EvaluationWhere } from './evaluation.input';

/** Arguments of every list of evaluations: the root query and every relationship field. */
@ArgsType()
export class EvaluationConnectionArgs extends ConnectionArgs {
  @Field(() => EvaluationWhere, { nullable: true, description: 'Only evaluations matching these conditions.' })
  where?: EvaluationWhere;

  @Field(() => [EvaluationOrder], { nullable: true, description: 'Sort keys in order of precedence (default: date); the id breaks ties.' })
  orderBy?: OrderValue[];
}
