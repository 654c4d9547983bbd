import { defaultFieldResolver, getNamedType, GraphQLSchema, isObjectType } from 'graphql';
import { NODE_LABELS, NodeLabel } from '../../neo4j/migrations';
import { entityModel } from '../model/entity-models';
import { PREFETCHED_KEY } from './project-selection';

/**
 * Lets every relationship list field of the entity types answer from its parent's statement when
 * that statement folded it in (projectSelection puts it under PREFETCHED_KEY by response key);
 * otherwise the field's own resolver runs as before (the per-request DataLoaders). A relationship
 * field is one named after a relation of its type's entity model and returning that relation's
 * target type; its resolver is the generic `ctx.loaders.related.nodes`/`node` of that relation,
 * which is what the folded subquery computes. Mutates and returns `schema`.
 */
export function answerFoldedRelations(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !(NODE_LABELS as readonly string[]).includes(type.name)) continue;
    const model = entityModel(type.name as NodeLabel);
    for (const field of Object.values(type.getFields())) {
      const relation = model.relations[field.name];
      if (!relation || getNamedType(field.type).name !== relation.target) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const folded = (source as Record<string, Record<string, unknown> | undefined> | null)?.[PREFETCHED_KEY];
        return folded && Object.prototype.hasOwnProperty.call(folded, info.path.key) ? folded[info.path.key] : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
