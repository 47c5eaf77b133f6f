// Demo data, loaded once and idempotently: every step adds only what is missing.
import type { Pool } from "pg";
import type { Logger } from "pino";
import { loadDemoUsers } from "./demo-users.ts";
import { loadDemoEmployers } from "./demo-employers.ts";

export async function loadDemoData(ownerPool: Pool, logger: Logger): Promise<void> {
  const users = await loadDemoUsers(ownerPool);
  const employers = await loadDemoEmployers(ownerPool);
  if (users + employers > 0) logger.info({ users, employers }, "demo data loaded");
}
