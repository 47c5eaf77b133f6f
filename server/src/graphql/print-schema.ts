// The schema as committed in data/schema.graphql: SDL, sorted, so that the
// file only changes when the API does.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
