// A batch's state as a coloured label, and which states are still moving.
import type { ImportBatchState } from "../../gql/graphql.ts";
import { StatusBadge } from "../../components/StatusBadge.tsx";

const labels: Readonly<Record<ImportBatchState, string>> = {
  receiving: "Receiving",
  queued: "Queued",
  processing: "Processing",
  done: "Done",
  failed: "Failed",
};

export function isBatchActive(state: ImportBatchState): boolean {
  return state === "receiving" || state === "queued" || state === "processing";
}

export function BatchStateBadge({ state }: { state: ImportBatchState }) {
  return <StatusBadge value={`batch-${state}`} label={labels[state]} />;
}
