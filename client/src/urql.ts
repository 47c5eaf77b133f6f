// The GraphQL client. It POSTs every operation (grafserv refuses GET unless
// graphqlOverGET is on), sends the session's token, and treats HTTP 401 (an
// expired, revoked or malformed token) as the end of the session.
import { Client, cacheExchange, fetchExchange } from "urql";
import { loadSession } from "./session.ts";

export interface UrqlClientOptions {
  /** Called when the server refuses the token: clear the session, show the login screen. */
  onUnauthorized(): void;
}

export function makeUrqlClient({ onUnauthorized }: UrqlClientOptions): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    // Read at request time, so a token saved after the client was made is used.
    fetchOptions: () => {
      const token = loadSession()?.token;
      return token ? { headers: { Authorization: `Bearer ${token}` } } : {};
    },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onUnauthorized();
      return response;
    },
  });
}
