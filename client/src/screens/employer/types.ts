// The employer page's data, as codegen types it from EmployerDetail.graphql.
import type { EmployerDetailQuery } from "../../gql/graphql.ts";

export type EmployerDetail = NonNullable<EmployerDetailQuery["employer"]>;
export type AliasRow = NonNullable<EmployerDetail["aliases"]["nodes"][number]>;
export type IdentifierRow = NonNullable<EmployerDetail["employerIdentifiers"]["nodes"][number]>;
export type MergeRow = NonNullable<EmployerDetail["employerMergesBySurvivorId"]["nodes"][number]>;

/** Sections call this after a change so the page shows what the database now holds. */
export type Refresh = () => void;

export const aliasKinds = ["legal", "trading", "former", "abbreviation", "feed_spelling", "other"] as const;
export const visibilities = ["public", "internal"] as const;
