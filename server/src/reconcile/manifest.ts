// The service manifest (GET /reconcile): what OpenRefine reads when the
// service is added. URLs are absolute and built from the address the client
// used, so the reconciliation-key URL keeps its key in every follow-up call.
import { EMPLOYER_TYPE } from "./vocabulary.ts";

export interface ManifestUrls {
  /** Where the registry is reachable (scheme, host, port): identifiers and the client's employer pages. */
  origin: string;
  /** The service's own base: /reconcile, or /reconcile/k/<key>. */
  service: string;
}

export const PREVIEW_SIZE = { width: 400, height: 200 };

export function manifest(urls: ManifestUrls): Record<string, unknown> {
  return {
    versions: ["0.2"],
    name: "Employer Alias Registry",
    identifierSpace: `${urls.origin}/employers/`,
    schemaSpace: `${urls.origin}/reconcile/schema/`,
    defaultTypes: [EMPLOYER_TYPE],
    view: { url: `${urls.origin}/employers/{{id}}` },
    preview: { url: `${urls.service}/preview?id={{id}}`, ...PREVIEW_SIZE },
    suggest: {
      entity: { service_url: urls.service, service_path: "/suggest/entity" },
      type: { service_url: urls.service, service_path: "/suggest/type" },
      property: { service_url: urls.service, service_path: "/suggest/property" },
    },
    extend: {
      propose_properties: { service_url: urls.service, service_path: "/properties" },
      property_settings: [],
    },
  };
}
