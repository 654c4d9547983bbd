import { Field, InterfaceType } from 'type-graphql';
import { AlternativeValue } from './alternative-value.type';

/** An entity whose values sources may dispute; stored as JSON in the node's `alternativesJson`. */
@InterfaceType({ description: 'An entity whose field values some sources give differently.' })
export abstract class HasAlternatives {
  @Field(() => [AlternativeValue], { description: 'Values other sources give for this entity\'s fields (empty when none disagree).' })
  alternatives!: AlternativeValue[];
}
