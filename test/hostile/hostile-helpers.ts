// Helpers for the hostile-client suite: raw requests (any body, any content
// type), API tokens, and the server-error figures from /metrics.
import type { TestServer } from "../helpers/server.ts";
import type { RateLimits } from "../../server/src/config/env.ts";

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
}

export async function rawPost(
  server: TestServer,
  body: string,
  options: { contentType?: string; token?: string; path?: string } = {},
): Promise<RawResponse> {
  const response = await fetch(`${server.url}${options.path ?? "/graphql"}`, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body,
  });
  const text = await response.text();
  let json: RawResponse["json"];
  try {
    json = JSON.parse(text) as RawResponse["json"];
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function codeOf(response: { json: RawResponse["json"] }): unknown {
  return response.json?.errors?.[0]?.extensions?.code;
}

export async function issueApiToken(
  server: TestServer,
  adminToken: string,
  name = "partner",
): Promise<{ tokenId: string; secret: string }> {
  const result = await server.gql<{ issueApiToken: { result: { tokenId: string; secret: string } } }>(
    `mutation($name: String!) { issueApiToken(input: { name: $name }) { result { tokenId secret } } }`,
    { name },
    adminToken,
  );
  if (!result.body.data) throw new Error(JSON.stringify(result.body.errors));
  return result.body.data.issueApiToken.result;
}

/** Sum of the samples of one metric whose labels contain every given label="value". */
export async function metricSum(
  server: TestServer,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split("\n")) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) sum += Number(line.split(" ").pop());
  }
  return sum;
}

export const testRateLimits = (overrides: Partial<RateLimits> = {}): RateLimits => ({
  enabled: true,
  apiToken: { perSecond: 10, burst: 20, perDay: 50_000 },
  anonymous: { perSecond: 50, burst: 100, perDay: 100_000 },
  loginFailures: 5,
  loginLockSeconds: 30,
  loginLockMaxSeconds: 900,
  ...overrides,
});

/** How long GET /healthz takes, in milliseconds. */
export async function healthzMs(server: TestServer): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.url}/healthz`);
  await response.text();
  return performance.now() - started;
}
