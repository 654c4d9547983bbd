import { Field, InputType, registerEnumType } from 'type-graphql';
import { createOrderInput } from '../shared/connection/order';
import { DateFilter, IdFilter, StringFilter } from '../shared/filter/filter.input';
import { createRelationFilter } from '../shared/filter/relation-filter';

/** Fields sources can be sorted on; each value is a field of SOURCE_MODEL. */
export enum SourceSortField {
  ID = 'id',
  TITLE = 'title',
  PUBLISHER = 'publisher',
  DATE = 'date',
  URL = 'url',
  KIND = 'kind',
}

registerEnumType(SourceSortField, { name: 'SourceSortField', description: 'Fields sources can be sorted on.' });

@InputType({ description: 'Conditions on sources: every condition given must hold. Compiled to Cypher by compile-where.ts.' })
export class SourceWhere {
  @Field(() => [SourceWhere], { nullable: true, description: 'Every one of these conditions holds.' })
  AND?: SourceWhere[];

  @Field(() => [SourceWhere], { nullable: true, description: 'At least one of these conditions holds.' })
  OR?: SourceWhere[];

  @Field(() => SourceWhere, { nullable: true, description: 'This condition does not hold.' })
  NOT?: SourceWhere;

  @Field(() => IdFilter, { nullable: true, description: 'Conditions on `id`.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `title`.' })
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `publisher`.' })
  publisher?: StringFilter;

  @Field(() => DateFilter, { nullable: true, description: 'Conditions on `date`.' })
  date?: DateFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `url`.' })
  url?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'Conditions on `kind`.' })
  kind?: StringFilter;
}

export const SourceOrder = createOrderInput('Source', SourceSortField);

export const SourceRelationFilter = createRelationFilter('Source', () => SourceWhere);
