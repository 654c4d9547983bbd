export interface HttpGraphqlResponse {
  status: number;
  body: { data?: Record<string, any> | null; errors?: any[]; extensions?: Record<string, any> };
}

/** POSTs one GraphQL operation over real HTTP; returns the status and the parsed body. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<HttpGraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as HttpGraphqlResponse['body'] };
}

/** Polls `check` every 500 ms until it returns true or `timeoutMs` passes (then throws). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
