import { CaseStudy, DeprecatedProduct, ProductResearch, User } from './products.types';

/** A product as stored: the variation by id, everything else computed by field resolvers. */
export interface ProductRecord {
  id: string;
  sku: string;
  package: string;
  variationId: string;
}

/** The compatibility suite's data set (its COMPATIBILITY.md), in memory. */
export const PRODUCTS: ProductRecord[] = [
  { id: 'apollo-federation', sku: 'federation', package: '@apollo/federation', variationId: 'OSS' },
  { id: 'apollo-studio', sku: 'studio', package: '', variationId: 'platform' },
];

export const DEPRECATED_PRODUCT: DeprecatedProduct = {
  sku: 'apollo-federation-v1',
  package: '@apollo/federation-v1',
  reason: 'Migrate to Federation V2',
};

const study = (caseNumber: string, description: string): CaseStudy => ({ caseNumber, description });

/** Research per product id. */
export const RESEARCH: Record<string, ProductResearch[]> = {
  'apollo-federation': [{ study: study('1234', 'Federation Study') }],
  'apollo-studio': [{ study: study('1235', 'Studio Study') }],
};

export const DIMENSIONS = { size: 'small', weight: 1, unit: 'kg' };

/** The user every product was created by, as this subgraph knows it. */
export const CREATOR: Pick<User, 'email' | 'name' | 'totalProductsCreated'> = {
  email: 'support@apollographql.com',
  name: 'Jane Smith',
  totalProductsCreated: 1337,
};

/** Inventories this subgraph adds deprecated products to. */
export const INVENTORY_IDS = ['apollo-oss'];
