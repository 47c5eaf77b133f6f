// JSON schemas of the reconciliation service's responses, written from the
// text of the Reconciliation Service API 0.2 (and its 1.0 draft's manifest
// where they agree), with a validator that lists every error.
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const httpUrl = { type: "string", format: "uri", pattern: "^https?://" };
// A template is a URL once its placeholder is filled: braces are not URI characters.
const template = (placeholder: string) => ({ type: "string", pattern: `^https?://[^\\s]*${placeholder}` });
const type = {
  type: "object",
  required: ["id", "name"],
  properties: { id: { type: "string", minLength: 1 }, name: { type: "string" } },
};
const serviceDefinition = {
  type: "object",
  required: ["service_url", "service_path"],
  properties: {
    service_url: httpUrl,
    service_path: { type: "string", pattern: "^/" },
    flyout_service_url: httpUrl,
    flyout_service_path: { type: "string", pattern: "\\$\\{id\\}" },
  },
};

export const manifestSchema = {
  $id: "manifest",
  type: "object",
  required: ["versions", "name", "identifierSpace", "schemaSpace"],
  properties: {
    versions: { type: "array", items: { type: "string" }, contains: { const: "0.2" }, minItems: 1 },
    name: { type: "string", minLength: 1 },
    identifierSpace: httpUrl,
    schemaSpace: httpUrl,
    documentation: httpUrl,
    defaultTypes: { type: "array", items: type, minItems: 1, uniqueItems: true },
    view: { type: "object", required: ["url"], properties: { url: template("\\{\\{id\\}\\}") } },
    preview: {
      type: "object",
      required: ["url", "width", "height"],
      properties: {
        url: template("\\{\\{id\\}\\}"),
        width: { type: "integer", minimum: 1 },
        height: { type: "integer", minimum: 1 },
      },
    },
    suggest: {
      type: "object",
      properties: { entity: serviceDefinition, type: serviceDefinition, property: serviceDefinition },
      additionalProperties: false,
    },
    extend: {
      type: "object",
      properties: {
        propose_properties: serviceDefinition,
        property_settings: { type: "array" },
      },
    },
  },
};

const feature = {
  type: "object",
  required: ["id", "value"],
  properties: { id: { type: "string", minLength: 1 }, value: { type: ["number", "boolean"] } },
  additionalProperties: false,
};
export const candidateSchema = {
  type: "object",
  required: ["id", "name", "score", "match", "type", "description", "features"],
  properties: {
    id: { type: "string", pattern: "^[1-9][0-9]*$" },
    name: { type: "string", minLength: 1 },
    score: { type: "number", minimum: 0, maximum: 100 },
    match: { type: "boolean" },
    type: { type: "array", items: type, minItems: 1 },
    description: { type: "string" },
    features: { type: "array", items: feature },
  },
  additionalProperties: false,
};
export const queryBatchResponseSchema = {
  $id: "query-batch-response",
  type: "object",
  additionalProperties: {
    type: "object",
    required: ["result"],
    properties: { result: { type: "array", items: candidateSchema } },
    additionalProperties: false,
  },
};

export const suggestResponseSchema = {
  $id: "suggest-response",
  type: "object",
  required: ["result"],
  properties: {
    result: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "name"],
        properties: {
          id: { type: "string", minLength: 1 },
          name: { type: "string" },
          description: { type: "string" },
          notable: { type: "array", items: { oneOf: [type, { type: "string" }] } },
        },
      },
    },
  },
  additionalProperties: false,
};

const extendValue = {
  oneOf: [
    { type: "object", additionalProperties: false },
    {
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "string" }, name: { type: "string" } },
      additionalProperties: false,
    },
    { type: "object", required: ["str"], properties: { str: { type: "string" } }, additionalProperties: false },
    { type: "object", required: ["float"], properties: { float: { type: "number" } }, additionalProperties: false },
    { type: "object", required: ["int"], properties: { int: { type: "integer" } }, additionalProperties: false },
  ],
};
export const extendResponseSchema = {
  $id: "extend-response",
  type: "object",
  required: ["meta", "rows"],
  properties: {
    meta: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "string" }, name: { type: "string" }, type },
      },
    },
    rows: {
      type: "object",
      additionalProperties: { type: "object", additionalProperties: { type: "array", items: extendValue } },
    },
  },
  additionalProperties: false,
};

export const proposeResponseSchema = {
  $id: "propose-response",
  type: "object",
  required: ["type", "properties"],
  properties: {
    type: { type: "string" },
    properties: { type: "array", items: type },
    limit: { type: "integer" },
  },
};

export const errorSchema = {
  $id: "error",
  type: "object",
  required: ["errors"],
  properties: {
    errors: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["message", "extensions"],
        properties: {
          message: { type: "string", minLength: 10 },
          extensions: {
            type: "object",
            required: ["code"],
            properties: { code: { type: "string", pattern: "^[A-Z_]+$" } },
          },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS: its function is the default export or that export's own default.
const formats = addFormats as unknown as ((a: Ajv) => void) & { default?: (a: Ajv) => void };
(formats.default ?? formats)(ajv);
const compiled = new Map<string, ValidateFunction>();

/** The schema errors of a value ([] when it validates). */
export function schemaErrors(schema: { $id: string }, value: unknown): string[] {
  let validate = compiled.get(schema.$id);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema.$id, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}
