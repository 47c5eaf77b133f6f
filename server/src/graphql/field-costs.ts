// What a GraphQL field backed by a database function costs in the cost limit,
// beside the rows it returns, in plain rows' worth of database time: a field
// not listed costs 1, like a column. Measured with `npm run bench:field-costs`
// (each function's median time on the demo data over that of reading one
// employer row by id, 0.33 ms, at load 0.5); rerun it when one of these
// functions changes. Fields measured at 1 (resolveEmployer, featureEnabled,
// ImportBatch.progress, ImportBatch.processingSeconds) are left out.
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // Measured at 23 in database time; 50 counts the API's own work per search as well (bench:api-path).
  "Query.searchEmployers": 50,
  "Query.promotionCandidatesForEmployer": 69,
  "PendingEmployer.candidates": 26,
  "Query.recentActivity": 8,
  "Query.canonicalPromotionQueue": 5,
  "Query.analyticsDashboard": 3,
  "Query.homeCounts": 2,
};
