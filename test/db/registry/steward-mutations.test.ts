// What stewards do to the registry, through the SQL functions GraphQL exposes.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
});
afterAll(() => db.drop());

const asSteward = <T>(fn: (c: pg.PoolClient) => Promise<T>, commit = false) =>
  asRole(db, { role: "steward", userId: users.steward.id }, fn, { commit });

async function register(
  c: pg.PoolClient,
  name: string,
  identifiers: Array<[string, string]> = [],
  aliases: Array<[string, string]> = [],
) {
  const { rows } = await c.query(
    `select * from app_public.register_employer($1,
       (select coalesce(array_agg(row(s, v)::app_public.new_identifier), '{}') from jsonb_to_recordset($2::jsonb) as x(s text, v text)),
       (select coalesce(array_agg(row(n, k::app_public.alias_kind, null)::app_public.new_alias), '{}') from jsonb_to_recordset($3::jsonb) as y(n text, k text)))`,
    [
      name,
      JSON.stringify(identifiers.map(([s, v]) => ({ s, v }))),
      JSON.stringify(aliases.map(([n, k]) => ({ n, k }))),
    ],
  );
  return rows[0] as { id: string; name: string; compare_name: string; status: string };
}

describe("registering employers", () => {
  it("creates the employer with its identifiers and aliases, normalised, all audited", async () => {
    await asSteward(async (c) => {
      const acme = await register(
        c,
        "  Acme   Constructions Pty Ltd ",
        [
          ["abn", "51 824 753 556"],
          ["acn", "004 085 616"],
        ],
        [
          ["ACME CONSTRN P/L", "feed_spelling"],
          ["Acme Builders", "trading"],
        ],
      );
      expect(acme.name).toBe("Acme Constructions Pty Ltd");
      const identifiers = await c.query(
        "select scheme, value, added_by::text from app_public.employer_identifiers where employer_id = $1 order by scheme",
        [acme.id],
      );
      expect(identifiers.rows).toEqual([
        { scheme: "abn", value: "51824753556", added_by: users.steward.id },
        { scheme: "acn", value: "004085616", added_by: users.steward.id },
      ]);
      const aliases = await c.query(
        "select name, kind, visibility from app_public.aliases where employer_id = $1 order by name",
        [acme.id],
      );
      expect(aliases.rows).toEqual([
        { name: "ACME CONSTRN P/L", kind: "feed_spelling", visibility: "internal" },
        { name: "Acme Builders", kind: "trading", visibility: "public" },
      ]);
      const audit = await c.query(
        "select table_name, count(*)::int as n from app_public.audit_events where actor_user_id = $1 group by 1 order by 1",
        [users.steward.id],
      );
      expect(audit.rows).toEqual([
        { table_name: "app_public.aliases", n: 2 },
        { table_name: "app_public.employer_identifiers", n: 2 },
        { table_name: "app_public.employers", n: 1 },
      ]);
    });
  });

  it("refuses an ABN with a bad checksum, and keeps nothing of the employer", async () => {
    await asSteward(async (c) => {
      const error = await expectSqlError(register(c, "Bad Abn Pty Ltd", [["abn", "51 824 753 557"]]), "BADID");
      expect(error.message).toMatch(/not a valid ABN/);
    });
    const { rows } = await db.ownerPool.query(
      "select count(*)::int as n from app_public.employers where name = 'Bad Abn Pty Ltd'",
    );
    expect(rows[0].n).toBe(0);
  });

  it.each([
    ["an empty name", "select app_public.register_employer('   ')", "BADNM"],
    ["a name with control characters", "select app_public.register_employer(E'Acme\\x07Bell')", "BADNM"],
    ["a 10,000-character name", "select app_public.register_employer(repeat('x', 10000))", "BADNM"],
    ["an unknown source system", "select app_public.register_employer('X Pty Ltd', '{}', '{}', 'nowhere')", "BADSR"],
    [
      "an ACN with a bad checksum",
      "select app_public.register_employer('Y Pty Ltd', array[row('acn', '004085617')]::app_public.new_identifier[])",
      "BADID",
    ],
    [
      "an unknown scheme",
      "select app_public.register_employer('Z Pty Ltd', array[row('tfn', '1')]::app_public.new_identifier[])",
      "BADID",
    ],
  ])("refuses %s with a clear error", async (_what, sql, code) => {
    await asSteward((c) => expectSqlError(c.query(sql), code));
  });

  it("refuses an identifier another employer holds, naming the holder", async () => {
    await asSteward(async (c) => {
      await register(c, "First Holder Pty Ltd", [["abn", "33 102 417 032"]]);
      const second = await register(c, "Second Claimant Pty Ltd");
      const error = await expectSqlError(
        c.query("select app_public.add_identifier($1, 'abn', '33102417032')", [second.id]),
        "IDUSE",
      );
      expect(error.message).toMatch(/already belongs to employer #\d+ \(First Holder Pty Ltd\)/);
    });
  });
});

describe("aliases", () => {
  it("refuses a name the employer already has, whatever its spelling", async () => {
    await asSteward(async (c) => {
      const e = await register(c, "Brickworks Holdings Limited", [], [["Brickworks Building Products", "trading"]]);
      await expectSqlError(c.query("select app_public.add_alias($1, 'BRICKWORKS BUILDING PRODUCTS')", [e.id]), "DUPAL");
    });
    await asSteward(async (c) => {
      const e = await register(c, "Boral Limited");
      await expectSqlError(c.query("select app_public.add_alias($1, 'BORAL LIMITED')", [e.id]), "DUPAL");
    });
  });

  it("retires an alias rather than deleting it, and changes kind and visibility", async () => {
    await asSteward(async (c) => {
      const e = await register(c, "Hansen Yuncken Pty Ltd", [], [["Hansen Yuncken SA", "other"]]);
      const alias = (await c.query("select id from app_public.aliases where employer_id = $1", [e.id])).rows[0];
      const retired = await c.query("select valid_to::text from app_public.retire_alias($1, '2024-06-30')", [alias.id]);
      expect(retired.rows[0].valid_to).toBe("2024-06-30");
      const changed = await c.query(
        "select kind, visibility from app_public.update_alias_details($1, 'former', 'public')",
        [alias.id],
      );
      expect(changed.rows[0]).toEqual({ kind: "former", visibility: "public" });
      await expectSqlError(c.query("select app_public.retire_alias(999999)"), "NTFND");
    });
  });

  it("cannot change a merged employer", async () => {
    await asSteward(async (c) => {
      const a = await register(c, "Merge Target Pty Ltd");
      const b = await register(c, "Merge Source Pty Ltd");
      await c.query("select app_public.merge_employers($1, $2)", [a.id, b.id]);
      const error = await expectSqlError(c.query("select app_public.add_alias($1, 'Anything')", [b.id]), "MERGD");
      expect(error.message).toMatch(new RegExp(`merged into #${a.id}`));
    });
  });
});

describe("merge and unmerge", () => {
  const snapshot = async (c: pg.PoolClient, ids: string[]) => ({
    employers: (
      await c.query("select id, name, status, merged_into from app_public.employers where id = any($1) order by id", [
        ids,
      ])
    ).rows,
    aliases: (
      await c.query(
        "select id, employer_id, name, kind, visibility from app_public.aliases where employer_id = any($1) order by id",
        [ids],
      )
    ).rows,
    identifiers: (
      await c.query(
        "select id, employer_id, scheme, value from app_public.employer_identifiers where employer_id = any($1) order by id",
        [ids],
      )
    ).rows,
    search: (
      await db.rootPool.query(
        "select employer_id, alias_id, name from app_private.search_names where employer_id = any($1) order by employer_id, alias_id nulls first",
        [ids],
      )
    ).rows,
  });

  it("moves names and identifiers, keeps the loser's name as a former alias, and unmerge restores every row", async () => {
    const [survivor, loser, earlier] = await asSteward(async (c) => {
      const s = await register(
        c,
        "Lendlease Building Pty Ltd",
        [["abn", "97 000 098 162"]],
        [["Lendlease", "trading"]],
      );
      const l = await register(
        c,
        "Bovis Lend Lease Pty Ltd",
        [["acn", "000 000 019"]],
        [
          ["Bovis", "former"],
          ["LENDLEASE", "feed_spelling"],
        ],
      );
      const e = await register(c, "Lend Lease Projects");
      await c.query("select app_public.merge_employers($1, $2, 'same company')", [l.id, e.id]);
      return [s.id, l.id, e.id];
    }, true);
    const ids = [survivor, loser, earlier];
    const before = await asRole(db, { role: "admin", userId: users.admin.id }, (c) => snapshot(c, ids));

    const merge = await asSteward(async (c) => {
      const { rows } = await c.query("select * from app_public.merge_employers($1, $2, 'Bovis became Lendlease')", [
        survivor,
        loser,
      ]);
      const after = await snapshot(c, ids);
      expect(after.employers).toEqual([
        expect.objectContaining({ id: survivor, status: "active", merged_into: null }),
        expect.objectContaining({ id: loser, status: "merged", merged_into: survivor }),
        expect.objectContaining({ id: earlier, status: "merged", merged_into: survivor }),
      ]);
      const survivorAliases = after.aliases.filter((a) => a.employer_id === survivor).map((a) => [a.name, a.kind]);
      expect(survivorAliases).toEqual(
        expect.arrayContaining([
          ["Lendlease", "trading"],
          ["Bovis", "former"],
          ["Bovis Lend Lease Pty Ltd", "former"],
        ]),
      );
      // "LENDLEASE" duplicates the survivor's own alias, so it stays with the merged employer.
      expect(after.aliases.find((a) => a.name === "LENDLEASE")?.employer_id).toBe(loser);
      expect(after.identifiers.map((i) => i.employer_id)).toEqual([survivor, survivor]);
      return rows[0];
    }, true);

    await asSteward((c) => c.query("select app_public.unmerge_employers($1)", [merge.id]), true);
    await asSteward(async (c) => {
      expect(await snapshot(c, ids)).toEqual(before);
      await expectSqlError(c.query("select app_public.unmerge_employers($1)", [merge.id]), "UNMRG");
    });
  });

  it("is refused across a distinction, for self-merges and for merged employers", async () => {
    await asSteward(async (c) => {
      const a = await register(c, "Probuild Constructions (Aust) Pty Ltd");
      const b = await register(c, "Probuild Civil Pty Ltd");
      await c.query("select app_public.record_distinction($1, $2, 'different ABNs, different trades')", [b.id, a.id]);
      const error = await expectSqlError(c.query("select app_public.merge_employers($1, $2)", [a.id, b.id]), "DISTN");
      expect(error.message).toMatch(/recorded as distinct/);
    });
    await asSteward(async (c) => {
      const a = await register(c, "Self Merge Pty Ltd");
      await expectSqlError(c.query("select app_public.merge_employers($1, $1)", [a.id]), "BADMG");
    });
    await asSteward(async (c) => {
      const a = await register(c, "A Survivor Pty Ltd");
      const b = await register(c, "B Loser Pty Ltd");
      const d = await register(c, "D Other Pty Ltd");
      await c.query("select app_public.merge_employers($1, $2)", [a.id, b.id]);
      await expectSqlError(c.query("select app_public.merge_employers($1, $2)", [d.id, b.id]), "MERGD");
    });
  });

  it("records distinctions once, in either order, with a reason", async () => {
    await asSteward(async (c) => {
      const a = await register(c, "Distinct One Pty Ltd");
      const b = await register(c, "Distinct Two Pty Ltd");
      await c.query("select app_public.record_distinction($1, $2, 'checked with ASIC')", [a.id, b.id]);
      await expectSqlError(c.query("select app_public.record_distinction($1, $2, 'again')", [b.id, a.id]), "DUPDS");
    });
    await asSteward((c) => expectSqlError(c.query("select app_public.record_distinction(1, 2, '  ')"), "RSNRQ"));
  });

  it("lets a merged id resolve to its survivor", async () => {
    await asSteward(async (c) => {
      const a = await register(c, "Resolve Survivor Pty Ltd");
      const b = await register(c, "Resolve Loser Pty Ltd");
      await c.query("select app_public.merge_employers($1, $2)", [a.id, b.id]);
      const { rows } = await c.query("select id::text, name from app_public.resolve_employer($1)", [b.id]);
      expect(rows[0]).toEqual({ id: a.id, name: "Resolve Survivor Pty Ltd" });
    });
  });
});
