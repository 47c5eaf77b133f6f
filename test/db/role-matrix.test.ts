// Each role's access to users, API tokens, feature switches and the audit
// trail, from both sides: what it may do, and what it is refused.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
});
afterAll(() => db.drop());

const DENIED = "42501";

describe("anonymous", () => {
  it("may log in", async () => {
    const token = await asRole(db, { role: "anonymous" }, (c) =>
      c.query("select (app_public.login('test_analyst', 'test_analyst-password-123')).sub"),
    );
    expect(token.rows[0].sub).toBe(users.analyst.id);
  });
  it.each([
    ["read users", "select * from app_public.users"],
    ["read feature switches", "select * from app_public.feature_switches"],
    ["read API tokens", "select * from app_public.api_tokens"],
    ["read API token usage", "select * from app_public.api_token_usage_daily"],
    ["read the audit trail", "select * from app_public.audit_events"],
    ["add users", "select app_public.add_user('x1', 'X', 'admin', 'long-enough-password')"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "anonymous" }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("api_client", () => {
  it("may read feature switches", async () => {
    const { rows } = await asRole(db, { role: "api_client" }, (c) =>
      c.query("select key from app_public.feature_switches"),
    );
    expect(rows.map((row) => row.key).sort()).toEqual(["alias_search", "analytics", "canonical_promotion", "imports"]);
  });
  it.each([
    ["read users", "select * from app_public.users"],
    ["read API tokens", "select * from app_public.api_tokens"],
    ["read API token usage", "select * from app_public.api_token_usage_daily"],
    ["read the audit trail", "select * from app_public.audit_events"],
    ["switch features", "update app_public.feature_switches set is_enabled = false"],
    ["issue API tokens", "select app_public.issue_api_token('x')"],
    ["read password hashes", "select * from app_private.user_secrets"],
    ["call the server's token check", "select * from app_private.authenticate_api_token('ear_x')"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "api_client" }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("analyst", () => {
  it("may read users (to see who decided what) and change their own password", async () => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
      const { rows } = await c.query("select username from app_public.users order by username");
      expect(rows.map((row) => row.username)).toEqual(["test_admin", "test_analyst", "test_steward"]);
      const changed = await c.query(
        "select app_public.change_password('test_analyst-password-123', 'another-password-1')",
      );
      expect(changed.rows[0].change_password).toBe(true);
    });
  });
  it("may not change a password without the current one", async () => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, (c) =>
      expectSqlError(c.query("select app_public.change_password('wrong', 'another-password-1')"), "CREDS"),
    );
  });
  it.each([
    ["update users", "update app_public.users set display_name = 'x'"],
    ["add users", "select app_public.add_user('x1', 'X', 'admin', 'long-enough-password')"],
    ["read API tokens", "select * from app_public.api_tokens"],
    ["read API token usage", "select * from app_public.api_token_usage_daily"],
    ["switch features", "select app_public.set_feature_switch('analytics', false, 'no')"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, (c) => expectSqlError(c.query(sql), DENIED));
  });
  it("reads the registry's audit trail but not that of users, tokens and switches", async () => {
    await db.ownerPool.query("select app_public.set_feature_switch('analytics', true, 'audit row for this test')");
    const all = await db.rootPool.query(
      "select count(*)::int as n from app_public.audit_events where table_name in ('app_public.users', 'app_public.feature_switches')",
    );
    expect(all.rows[0].n).toBeGreaterThan(0);
    const seen = await asRole(db, { role: "analyst", userId: users.analyst.id }, (c) =>
      c.query(
        "select count(*)::int as n from app_public.audit_events where table_name in ('app_public.users', 'app_public.feature_switches', 'app_public.api_tokens')",
      ),
    );
    expect(seen.rows[0].n).toBe(0);
  });
});

describe("steward", () => {
  it("has the analyst's rights", async () => {
    const { rows } = await asRole(db, { role: "steward", userId: users.steward.id }, (c) =>
      c.query("select count(*)::int as n from app_public.users"),
    );
    expect(rows[0].n).toBe(3);
  });
  it.each([
    ["update users", "update app_public.users set role = 'admin'"],
    ["issue API tokens", "select app_public.issue_api_token('x')"],
    ["switch features", "update app_public.feature_switches set is_enabled = false"],
    ["set passwords", "select app_public.set_user_password(1, 'long-enough-password')"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "steward", userId: users.steward.id }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("admin", () => {
  const asAdmin = <T>(fn: Parameters<typeof asRole<T>>[2]) => asRole(db, { role: "admin", userId: users.admin.id }, fn);

  it("may add users, change roles and disable users, each audited with who did it", async () => {
    await asAdmin(async (c) => {
      const added = await c.query(
        "select (app_public.add_user('new_steward', 'New', 'steward', 'long-enough-password')).id",
      );
      const id = added.rows[0].id;
      await c.query("update app_public.users set role = 'analyst', is_disabled = true where id = $1", [id]);
      const { rows } = await c.query(
        "select action, actor_user_id::text, actor_role, before->>'role' as before_role, after->>'role' as after_role from app_public.audit_events where table_name = 'app_public.users' and row_key = $1::text order by id",
        [id],
      );
      expect(rows).toEqual([
        {
          action: "insert",
          actor_user_id: users.admin.id,
          actor_role: "admin",
          before_role: null,
          after_role: "steward",
        },
        {
          action: "update",
          actor_user_id: users.admin.id,
          actor_role: "admin",
          before_role: "steward",
          after_role: "analyst",
        },
      ]);
    });
  });
  it("may not change usernames (no grant) or read password hashes", async () => {
    await asAdmin((c) => expectSqlError(c.query("update app_public.users set username = 'x'"), DENIED));
    await asAdmin((c) => expectSqlError(c.query("select * from app_private.user_secrets"), DENIED));
  });
  it("cannot disable or demote the last enabled admin", async () => {
    await asAdmin((c) =>
      expectSqlError(
        c.query("update app_public.users set is_disabled = true where id = $1", [users.admin.id]),
        "LSTAD",
      ),
    );
    await asAdmin((c) =>
      expectSqlError(c.query("update app_public.users set role = 'steward' where id = $1", [users.admin.id]), "LSTAD"),
    );
  });
  it("may issue, list and revoke API tokens; the secret is not stored", async () => {
    await asAdmin(async (c) => {
      const issued = await c.query("select * from app_public.issue_api_token('partner', 'analyst')");
      const { token_id: tokenId, secret } = issued.rows[0];
      const listed = await c.query(
        "select name, role, token_prefix, created_by::text from app_public.api_tokens where id = $1",
        [tokenId],
      );
      expect(listed.rows[0]).toEqual({
        name: "partner",
        role: "analyst",
        token_prefix: secret.slice(0, 12),
        created_by: users.admin.id,
      });
      const revoked = await c.query("select revoked_at from app_public.revoke_api_token($1)", [tokenId]);
      expect(revoked.rows[0].revoked_at).not.toBeNull();
    });
  });
  it("may switch features off and on, with a reason, audited", async () => {
    await asAdmin(async (c) => {
      await c.query("select app_public.set_feature_switch('imports', false, 'feed vendor outage')");
      const { rows } = await c.query(
        "select actor_user_id::text, before->>'is_enabled' as was, after->>'is_enabled' as now, after->>'last_change_reason' as reason from app_public.audit_events where table_name = 'app_public.feature_switches' and row_key = 'imports' and action = 'update'",
      );
      expect(rows).toEqual([
        { actor_user_id: users.admin.id, was: "true", now: "false", reason: "feed vendor outage" },
      ]);
    });
    await asAdmin((c) =>
      expectSqlError(c.query("select app_public.set_feature_switch('imports', true, '  ')"), "RSNRQ"),
    );
    await asAdmin((c) =>
      expectSqlError(c.query("select app_public.set_feature_switch('nonesuch', true, 'why')"), "NTFND"),
    );
  });
});

describe("the audit trail", () => {
  it("is append-only, even for the owner", async () => {
    await db.ownerPool.query("select app_public.set_feature_switch('analytics', false, 'test')");
    await expectSqlError(db.ownerPool.query("update app_public.audit_events set actor_role = 'x'"), "APPND");
    await expectSqlError(db.ownerPool.query("delete from app_public.audit_events"), "APPND");
  });
});

describe("feature switches", () => {
  it("make assert_feature_enabled raise FDOFF when off, for any caller", async () => {
    await db.ownerPool.query("select app_public.set_feature_switch('alias_search', false, 'test')");
    try {
      await asRole(db, { role: "api_client" }, async (c) => {
        const error = await expectSqlError(
          c.query("select app_hidden.assert_feature_enabled('alias_search')"),
          "FDOFF",
        );
        expect(error.message).toBe("The alias search feature is switched off by an administrator");
      });
    } finally {
      await db.ownerPool.query("select app_public.set_feature_switch('alias_search', true, 'test over')");
    }
    await asRole(db, { role: "api_client" }, (c) =>
      c.query("select app_hidden.assert_feature_enabled('alias_search')"),
    );
  });
});
