import { COUNCIL_STATISTICS_SDL } from './federation/council-statistics-subgraph';
import { composeWithNeighbour, printOurSubgraph } from './federation/compose';

describe('composition of our subgraph with a neighbour keyed by GSS code', () => {
  it('composes with no errors into a supergraph where Council joins both subgraphs', () => {
    const result = composeWithNeighbour();
    expect(result.errors).toBeUndefined();
    const supergraph = result.supergraphSdl ?? '';
    expect(supergraph).toContain('@join__type(graph: INNOVATION_GRAPH, key: "id")');
    expect(supergraph).toContain('@join__type(graph: INNOVATION_GRAPH, key: "gssCode")');
    expect(supergraph).toContain('@join__type(graph: COUNCIL_STATISTICS, key: "gssCode")');
    expect(supergraph).toMatch(/childrenInCare: Int @join__field\(graph: COUNCIL_STATISTICS\)/);
    expect(supergraph).toMatch(/name: String! @join__field\(graph: INNOVATION_GRAPH\)/);
  });

  it('fails, naming the field, when a subgraph disagrees on the type of Council.gssCode', () => {
    const clashing = COUNCIL_STATISTICS_SDL.replace('gssCode: String!', 'gssCode: ID!');
    const result = composeWithNeighbour({}, clashing);
    expect(result.errors?.map((error) => error.extensions.code)).toContain('FIELD_TYPE_MISMATCH');
    expect(result.errors?.map((error) => error.message).join('\n')).toContain('"Council.gssCode"');
  });

  it('fails when a neighbour defines a non-shareable field of ours (Council.type)', () => {
    const clashing = COUNCIL_STATISTICS_SDL.replace('childrenInCare: Int', 'childrenInCare: Int\n    type: String!');
    const result = composeWithNeighbour({}, clashing);
    expect(result.errors?.map((error) => error.extensions.code)).toContain('INVALID_FIELD_SHARING');
  });

  it('fails when our Council loses its gssCode key, which the neighbour needs to reach our fields', () => {
    const withoutGssKey = printOurSubgraph().replace('\n  @key(fields: "gssCode")', '');
    expect(withoutGssKey).not.toContain('@key(fields: "gssCode")');
    const result = composeWithNeighbour({}, undefined, withoutGssKey);
    expect(result.errors?.map((error) => error.extensions.code)).toContain('SATISFIABILITY_ERROR');
  });
});
