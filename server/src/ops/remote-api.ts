// A small client for a running registry over HTTP, for the checks that must
// go through the front door (smoke tests, staging verification): GraphQL with
// a bearer token, plain GETs, each with a timeout and the time it took.
export class RemoteError extends Error {}

export interface RemoteApi {
  baseUrl: string;
  get(path: string): Promise<{ status: number; text: string; ms: number; contentType: string }>;
  /** POSTs a body as it is (a file upload), with its content type. */
  post(
    path: string,
    body: string,
    contentType: string,
  ): Promise<{ status: number; text: string; ms: number; contentType: string }>;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; ms: number }>;
}

export function remoteApi(baseUrl: string, token: string | null, timeoutMs = 15_000): RemoteApi {
  const base = baseUrl.replace(/\/+$/, "");
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  /** One request with the token and the timeout: its status, body, type and the time it took. */
  async function request(path: string, init: { method?: string; body?: string; contentType?: string } = {}) {
    const began = performance.now();
    const response = await fetch(`${base}${path}`, {
      method: init.method ?? "GET",
      headers: init.contentType ? { ...headers, "content-type": init.contentType } : headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      ms: performance.now() - began,
      contentType: response.headers.get("content-type") ?? "",
    };
  }
  return {
    baseUrl: base,
    get: (path) => request(path),
    post: (path, body, contentType) => request(path, { method: "POST", body, contentType }),
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const began = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new RemoteError(`HTTP ${response.status} from /graphql, not JSON: ${text.slice(0, 200)}`);
      }
      if (body.errors?.length) {
        const first = body.errors[0]!;
        throw new RemoteError(
          `GraphQL error${first.extensions?.code ? ` ${first.extensions.code}` : ""}: ${first.message}`,
        );
      }
      if (!response.ok || body.data === undefined) throw new RemoteError(`HTTP ${response.status} from /graphql`);
      return { data: body.data, ms: performance.now() - began };
    },
  };
}
