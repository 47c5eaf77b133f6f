// Demo data, loaded once and idempotently: every step adds only what is missing.
import type { Pool } from "pg";
import type { Logger } from "pino";
import { loadDemoUsers } from "./demo-users.ts";
import { loadDemoEmployers } from "./demo-employers.ts";
import { loadDemoImports } from "./demo-imports.ts";

export async function loadDemoData(ownerPool: Pool, logger: Logger): Promise<void> {
  const users = await loadDemoUsers(ownerPool);
  const employers = await loadDemoEmployers(ownerPool);
  // After the employers: the feed's rows match them, or wait in the pending queue.
  const imports = await loadDemoImports(ownerPool);
  if (users + employers + imports > 0) logger.info({ users, employers, imports }, "demo data loaded");
}
