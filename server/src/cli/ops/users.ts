// ops users list | add | disable | enable | set-password: the people who log
// in. Through the same SQL as the admin's GraphQL mutations (add_user,
// set_user_password, the users table's triggers), so passwords are hashed in
// PostgreSQL, the last enabled admin is kept, and every change is audited.
import { Option, type Command } from "commander";
import { OpsError, type OpsContext } from "./context.ts";
import { formatTable, generatePassword, readSecretFromStdin, toJson } from "./output.ts";

const ROLES = ["analyst", "steward", "admin"];

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  is_disabled: boolean;
  last_login_at: Date | null;
  created_at: Date;
}

async function passwordFrom(
  ctx: OpsContext,
  fromStdin: boolean | undefined,
): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: generatePassword(), generated: true };
  const password = await readSecretFromStdin(ctx.io.stdin);
  if (password === "") throw new OpsError("--password-stdin: stdin was empty");
  return { password, generated: false };
}

async function userId(ctx: OpsContext, username: string): Promise<string> {
  const { ownerPool } = await ctx.database();
  const { rows } = await ownerPool.query<{ id: string }>(
    "select id::text from app_public.users where username = $1::citext",
    [username],
  );
  if (!rows[0]) throw new OpsError(`no user "${username}"`);
  return rows[0].id;
}

async function setDisabled(ctx: OpsContext, username: string, disabled: boolean): Promise<void> {
  const { ownerPool } = await ctx.database();
  const { rows } = await ownerPool.query<{ username: string }>(
    "update app_public.users set is_disabled = $2 where username = $1::citext returning username::text",
    [username, disabled],
  );
  if (!rows[0]) throw new OpsError(`no user "${username}"`);
  ctx.out(
    disabled
      ? `user ${rows[0].username} disabled: cannot log in, existing login tokens are refused`
      : `user ${rows[0].username} enabled`,
  );
}

export function registerUserCommands(program: Command, ctx: OpsContext): void {
  const users = program.command("users").description("people who log in: list, add, disable, enable, set-password");

  users
    .command("list")
    .description("every user with role and state")
    .option("--json", "one JSON array")
    .action(async (options: { json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<UserRow>(
        `select id::text, username::text, display_name, role::text, is_disabled, last_login_at, created_at
           from app_public.users order by username`,
      );
      if (options.json) {
        ctx.out(toJson(rows));
        return;
      }
      for (const line of formatTable(
        ["id", "username", "role", "state", "display name", "last login", "created"],
        rows.map((u) => [
          u.id,
          u.username,
          u.role,
          u.is_disabled ? "disabled" : "enabled",
          u.display_name,
          u.last_login_at,
          u.created_at,
        ]),
        "users: none",
      ))
        ctx.out(line);
    });

  users
    .command("add")
    .description("add a user; the password comes from stdin, or is generated and printed once")
    .argument("<username>", "login name: a letter, then letters, digits, . _ - (2-63 characters)")
    .addOption(new Option("--role <role>", "what they may do").choices(ROLES).makeOptionMandatory())
    .requiredOption("--display-name <name>", "the name colleagues see")
    .option("--password-stdin", "read the password from stdin (at least 10 characters)")
    .action(async (username: string, options: { role: string; displayName: string; passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(ctx, options.passwordStdin);
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<{ id: string; username: string; role: string }>(
        "select id::text, username::text, role::text from app_public.add_user($1, $2, $3::app_public.user_role, $4)",
        [username, options.displayName, options.role, password],
      );
      ctx.out(`added user ${rows[0]!.username} (id ${rows[0]!.id}, ${rows[0]!.role})`);
      if (generated) ctx.out(`password (shown once): ${password}`);
    });

  users
    .command("disable")
    .description("stop a user logging in; their login tokens stop working at once")
    .argument("<username>")
    .action(async (username: string) => setDisabled(ctx, username, true));

  users
    .command("enable")
    .description("let a disabled user log in again")
    .argument("<username>")
    .action(async (username: string) => setDisabled(ctx, username, false));

  users
    .command("set-password")
    .description("set a user's password (from stdin, or generated and printed once); their login tokens stop working")
    .argument("<username>")
    .option("--password-stdin", "read the password from stdin (at least 10 characters)")
    .action(async (username: string, options: { passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(ctx, options.passwordStdin);
      const { ownerPool } = await ctx.database();
      await ownerPool.query("select app_public.set_user_password($1, $2)", [await userId(ctx, username), password]);
      ctx.out(`password of ${username} changed; login tokens issued before now are refused`);
      if (generated) ctx.out(`password (shown once): ${password}`);
    });
}
