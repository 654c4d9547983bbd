import type { TypedDocumentString } from '../gql/graphql';

/** Why a request failed, in a form the page can explain to a person. */
export type ApiErrorKind = 'unreachable' | 'not-found' | 'bad-input' | 'server';

/** A failed API request; `message` is written for the person using the page. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where the explorer sends its operations: the API that serves the page. */
const ENDPOINT = '/graphql';

/**
 * Runs one typed operation against the API and returns its data. Throws ApiError: `unreachable`
 * when the API does not answer, `not-found` / `bad-input` for the API's coded errors, `server` for
 * anything else. The operation text and types come from explorer/src/operations/*.graphql.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('unreachable', 'The graph API cannot be reached. Check that the server is running, then try again.');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError('server', `The graph API answered with an unreadable response (HTTP ${response.status}). Try again later.`);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code === 'NOT_FOUND') throw new ApiError('not-found', `${error.message} Check the address, or search for it by name.`, code);
    if (code === 'BAD_USER_INPUT') throw new ApiError('bad-input', error.message, code);
    throw new ApiError('server', `The graph API reported an error: ${error.message}`, code);
  }
  if (!body.data) throw new ApiError('server', `The graph API returned no data (HTTP ${response.status}). Try again later.`);
  return body.data;
}

/** The message to show a person for any error thrown while loading a view. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong while drawing this view. Reload the page to try again.';
}
