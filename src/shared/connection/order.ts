import { ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import { SortDirectionValue } from '../model/entity-model';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction. Missing values sort last ascending and first descending.',
});

/** One sort key as the builders take it: a field of the entity model and a direction. */
export interface OrderValue {
  field: string;
  direction?: SortDirectionValue;
}

/**
 * Creates `<Entity>Order { field, direction }` for one entity. The enum's values are the entity
 * model's field names, so the keyset builder can check them against the model.
 */
export function createOrderInput<TField extends string>(entity: string, fieldEnum: Record<string, TField>) {
  @InputType(`${entity}Order`, { description: `One sort key for ${entity} lists; the id is always the last key.` })
  class Order implements OrderValue {
    @Field(() => fieldEnum, { description: 'The field to sort on.' })
    field!: TField;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
    direction!: SortDirection;
  }
  return Order as ClassType<OrderValue>;
}
