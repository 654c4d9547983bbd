import 'reflect-metadata';
import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { buildPublicSchema } from '../schema';
import { apiCostEstimator } from './query-cost-model';

describe('the cost model', () => {
  const schema = buildPublicSchema();
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    getComplexity({ schema, query: parse(query), variables, estimators: [apiCostEstimator] });

  it('counts objects: a page multiplies what each item selects, scalars are free', () => {
    // projects: 1 + 10 x (edges 1 + node (1 + leadCouncils (1 + 5 x 0)))
    expect(cost('{ projects(first: 10) { edges { node { name leadCouncils(first: 5) { name } } } } }')).toBe(31);
  });

  it('takes page sizes from variables and the default page size when none is given', () => {
    expect(cost('query ($n: Int) { projects(first: $n) { totalCount } }', { n: 7 })).toBe(1);
    expect(cost('{ projects { edges { node { themes { name } } } } }')).toBe(1 + 100 * (1 + 1 + 1));
  });

  it('multiplies nested default pages, so three levels cost a million', () => {
    expect(cost('{ projects { edges { node { leadCouncils { projectsLed { themes { name } } } } } } }')).toBeGreaterThan(1000000);
  });

  it('prices the graph queries by their own arguments', () => {
    expect(cost('{ lineage(projectId: "p", maxDepth: 2) { depth } }')).toBe(50 + 2 * 1);
    expect(cost('{ neighbourhood(id: "x", depth: 2, limit: 100) { truncated } }')).toBe(100 + 50);
    expect(cost('{ search(text: "x", first: 10) { score } }')).toBe(50 + 10);
  });
});
