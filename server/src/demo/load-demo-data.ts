// Demo data, loaded once and idempotently: every step adds only what is missing.
import type { Pool } from "pg";
import type { Logger } from "pino";
import { loadDemoUsers } from "./demo-users.ts";
import { loadDemoEmployers } from "./demo-employers.ts";

export async function loadDemoData(ownerPool: Pool, logger: Logger): Promise<void> {
  const users = await loadDemoUsers(ownerPool);
  // The registry's tables arrive with a migration; until it is applied there is nothing to load into.
  const { rows } = await ownerPool.query<{ ready: boolean }>(
    "select to_regclass('app_public.employers') is not null as ready",
  );
  const employers = rows[0]?.ready ? await loadDemoEmployers(ownerPool) : 0;
  if (users + employers > 0) logger.info({ users, employers }, "demo data loaded");
}
