// Snapshots on the same server: taken, listed, restored after a bad change
// (the data comes back, the replaced database is kept aside), dropped; and
// refused while sessions are connected unless asked to end them.
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { testRootUrl } from "../helpers/test-env.ts";
import {
  createSnapshot,
  dropSnapshot,
  listSnapshots,
  restoreSnapshot,
  SnapshotError,
} from "../../server/src/ops/snapshot.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

const adminQuery = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: testRootUrl() });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
};

async function withOwner<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const sourceName = (name: string) => `snapshot test ${name}`;

it("refuses to copy while another session is connected, unless told to end the sessions", async () => {
  const holder = new pg.Client({ connectionString: db.ownerUrl });
  holder.on("error", () => undefined); // it is about to be terminated
  await holder.connect();
  try {
    await expect(createSnapshot({ rootUrl: testRootUrl(), database: db.name, terminate: false })).rejects.toThrow(
      /other session\(s\) are connected .*--terminate/,
    );
    expect(await listSnapshots({ rootUrl: testRootUrl(), database: db.name })).toEqual([]);
  } finally {
    await holder.end().catch(() => undefined);
  }
});

it("takes a snapshot, restores it after a bad change, and keeps the replaced database aside", async () => {
  await withOwner((c) =>
    c.query("insert into app_public.source_systems (key, name, trust_rank) values ('snaptest', $1, 5)", [
      sourceName("before"),
    ]),
  );
  // The pools of the test database hold sessions: terminate them, as an operator would with --terminate.
  const taken = await createSnapshot({ rootUrl: testRootUrl(), database: db.name, terminate: true });
  expect(taken.name.startsWith(`${db.name}__snap_`)).toBe(true);
  expect(taken.bytes).toBeGreaterThan(1_000_000);
  const listed = await listSnapshots({ rootUrl: testRootUrl(), database: db.name });
  expect(listed.map((s) => s.name)).toEqual([taken.name]);
  expect(listed[0]!.comment).toMatch(new RegExp(`^snapshot of ${db.name} taken \\d{4}-`));

  // A "bad migration": a change we want to undo.
  await withOwner((c) => c.query("delete from app_public.source_systems where key = 'snaptest'"));

  const restored = await restoreSnapshot({ rootUrl: testRootUrl(), database: db.name, snapshot: taken.name });
  expect(restored.keptAs.startsWith(`${db.name}__replaced_`)).toBe(true);
  const names = await withOwner(async (c) => {
    const { rows } = await c.query<{ name: string }>(
      "select name from app_public.source_systems where key = 'snaptest'",
    );
    return rows.map((r) => r.name);
  });
  expect(names).toEqual([sourceName("before")]);

  // The authenticator can still connect (database grants are carried over) and the replaced copy still has
  // the state from just before the restore.
  const grants = await adminQuery<{ ok: boolean }>("select has_database_privilege($1, $2, 'connect') as ok", [
    new URL(db.authUrl).username,
    db.name,
  ]);
  expect(grants).toEqual([{ ok: true }]);
  const keptUrl = new URL(db.rootUrl);
  keptUrl.pathname = `/${restored.keptAs}`;
  const kept = new pg.Client({ connectionString: keptUrl.toString() });
  await kept.connect();
  try {
    const { rows } = await kept.query(
      "select count(*)::int as n from app_public.source_systems where key = 'snaptest'",
    );
    expect(rows).toEqual([{ n: 0 }]);
  } finally {
    await kept.end();
  }
  await adminQuery(`drop database ${pg.Client.prototype.escapeIdentifier(restored.keptAs)} with (force)`);

  // The snapshot survives a restore; dropping it removes it from the list.
  expect((await listSnapshots({ rootUrl: testRootUrl(), database: db.name })).map((s) => s.name)).toEqual([taken.name]);
  await dropSnapshot({ rootUrl: testRootUrl(), database: db.name, snapshot: taken.name });
  expect(await listSnapshots({ rootUrl: testRootUrl(), database: db.name })).toEqual([]);
});

it("restores and drops only snapshots of the named database", async () => {
  for (const action of [restoreSnapshot, dropSnapshot]) {
    const error = await action({ rootUrl: testRootUrl(), database: db.name, snapshot: "postgres" }).catch((e) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toBe(`postgres is not a snapshot of ${db.name}`);
  }
  await expect(
    createSnapshot({ rootUrl: testRootUrl(), database: "no_such_database", terminate: false }),
  ).rejects.toThrow("database no_such_database does not exist");
});
