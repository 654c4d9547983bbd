import { GraphQLError } from 'graphql';
import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CREATOR, DEPRECATED_PRODUCT, DIMENSIONS, INVENTORY_IDS, PRODUCTS, ProductRecord, RESEARCH } from './products.data';
import { DeprecatedProduct, Product, ProductResearch, User } from './products.types';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: 'One product by id.' })
  product(@Arg('id', () => ID, { description: 'Product id.' }) id: string) {
    return PRODUCTS.find((p) => p.id === id) ?? null;
  }

  @Query(() => DeprecatedProduct, { nullable: true, deprecationReason: 'Use product query instead', description: 'One deprecated product.' })
  deprecatedProduct(
    @Arg('sku', { description: 'Stock keeping unit.' }) sku: string,
    @Arg('package', { description: 'Package name.' }) pkg: string,
  ) {
    return findDeprecatedProduct(sku, pkg);
  }

  @FieldResolver()
  variation(@Root() product: ProductRecord) {
    return { id: product.variationId };
  }

  @FieldResolver()
  dimensions() {
    return DIMENSIONS;
  }

  @FieldResolver()
  research(@Root() product: ProductRecord) {
    return RESEARCH[product.id] ?? [];
  }

  @FieldResolver()
  createdBy() {
    return CREATOR;
  }
}

@Resolver(() => DeprecatedProduct)
export class DeprecatedProductResolver {
  @FieldResolver()
  createdBy() {
    return CREATOR;
  }
}

@Resolver(() => User)
export class UserResolver {
  /** Needs the two @external fields the router fetched from the users subgraph (@requires). */
  @FieldResolver(() => Int, { nullable: true })
  averageProductsCreatedPerYear(@Root() user: User) {
    if (user.email !== CREATOR.email) throw new GraphQLError(`user.email was not '${CREATOR.email}'`);
    return Math.round((user.totalProductsCreated ?? 0) / user.yearsOfEmployment);
  }
}

type Reference = Record<string, any>;

/** `__resolveReference` of every entity of the products subgraph. */
export const PRODUCTS_REFERENCE_RESOLVERS = {
  Product: {
    __resolveReference: (ref: Reference) =>
      PRODUCTS.find((p) =>
        ref.id !== undefined
          ? p.id === ref.id
          : p.sku === ref.sku && (ref.package !== undefined ? p.package === ref.package : p.variationId === ref.variation?.id),
      ) ?? null,
  },
  DeprecatedProduct: { __resolveReference: (ref: Reference) => findDeprecatedProduct(ref.sku, ref.package) },
  ProductResearch: {
    __resolveReference: (ref: Reference): ProductResearch | null =>
      Object.values(RESEARCH).flat().find((r) => r.study.caseNumber === ref.study?.caseNumber) ?? null,
  },
  User: {
    __resolveReference: (ref: Reference) => ({
      ...CREATOR,
      email: ref.email,
      totalProductsCreated: ref.totalProductsCreated ?? CREATOR.totalProductsCreated,
      yearsOfEmployment: ref.yearsOfEmployment,
    }),
  },
  Inventory: {
    __resolveReference: (ref: Reference) =>
      INVENTORY_IDS.includes(ref.id) ? { id: ref.id, deprecatedProducts: [DEPRECATED_PRODUCT] } : null,
  },
};

function findDeprecatedProduct(sku: string, pkg: string) {
  return sku === DEPRECATED_PRODUCT.sku && pkg === DEPRECATED_PRODUCT.package ? DEPRECATED_PRODUCT : null;
}
