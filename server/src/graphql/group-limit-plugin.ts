// groupedAggregates (from @graphile/pg-aggregates) ignores the connection's
// first/last: one request could list every group of a large table. This
// plugin gives the grouped query a LIMIT of its own, so a grouping returns at
// most maxGroups groups (the cost limit counts each of them).
import type {} from "postgraphile";
import { constant, type ExecutableStep } from "postgraphile/grafast";

/** The part of @dataplan/pg's PgSelectStep the limit needs (it has no public setter for a clone's LIMIT). */
interface LimitableSelect {
  firstStepId: number | null;
  addUnaryDependency(step: ExecutableStep): number;
}

export function makeGroupLimitPlugin(maxGroups: number): GraphileConfig.Plugin {
  return {
    name: "RegistryGroupLimitPlugin",
    version: "1.0.0",
    after: ["PgAggregatesAddConnectionGroupedAggregatesPlugin"],
    schema: {
      hooks: {
        GraphQLObjectType_fields_field(field, _build, context) {
          const plan = field.plan;
          if (context.scope.fieldName !== "groupedAggregates" || typeof plan !== "function") return field;
          return {
            ...field,
            plan(...args: Parameters<typeof plan>) {
              const $select = plan(...args) as unknown as LimitableSelect;
              $select.firstStepId = $select.addUnaryDependency(constant(maxGroups));
              return $select as unknown as ReturnType<typeof plan>;
            },
          };
        },
      },
    },
  };
}
