// The client's pure rules, without a browser: what the merge confirmation says
// will move (it must agree with app_public.merge_employers, checked here
// against the database), the unmerge summary, and where login sends you next.
import { planMerge, summarizeUndo, type PlanEmployer } from "../../client/src/screens/employer/mergePlan.ts";
import { safeNext } from "../../client/src/next.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

const alias = (rowId: string, name: string, compareForm: string) => ({ rowId, name, kind: "trading", compareForm });

describe("planMerge", () => {
  const survivor: PlanEmployer = {
    rowId: "1",
    name: "Acme Constructions Pty Ltd",
    compareName: "acme constructions pty ltd",
    aliases: [alias("10", "Acme Builders", "acme builders")],
    identifiers: [],
  };

  it("moves names the survivor lacks, keeps back the ones it has, and adds the merged name as a former name", () => {
    const merged: PlanEmployer = {
      rowId: "2",
      name: "ACME Construction P/L",
      compareName: "acme construction pty ltd",
      aliases: [alias("20", "ACME BUILDERS", "acme builders"), alias("21", "Acme Civil", "acme civil")],
      identifiers: [{ rowId: "30", scheme: "abn", value: "51824753556" }],
    };
    const plan = planMerge(survivor, merged);
    expect(plan.movedAliases.map((a) => a.rowId)).toEqual(["21"]);
    expect(plan.keptAliases.map((a) => a.rowId)).toEqual(["20"]);
    expect(plan.identifiers.map((i) => i.value)).toEqual(["51824753556"]);
    expect(plan.formerName).toBe("ACME Construction P/L");
  });

  it("adds no former name when the survivor already has it, as its canonical name or an alias", () => {
    const sameName = { ...survivor, rowId: "3", aliases: [], identifiers: [] };
    expect(planMerge(survivor, sameName).formerName).toBeNull();
    const knownAlias = { ...sameName, name: "Acme Builders", compareName: "acme builders" };
    expect(planMerge(survivor, knownAlias).formerName).toBeNull();
  });
});

describe("planMerge agrees with merge_employers", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("predicts exactly the names and identifiers the database moves", async () => {
    const q = async <T>(sql: string, params: unknown[] = []) =>
      (await db.ownerPool.query<T & object>(sql, params)).rows;
    const [a] = await q<{ id: string }>(
      "select (app_public.register_employer('Acme Constructions Pty Ltd', '{}', array[row('Acme Builders','trading','public')]::app_public.new_alias[])).id::text as id",
    );
    const [b] = await q<{ id: string }>(
      "select (app_public.register_employer('ACME Construction P/L', array[row('abn','51824753556')]::app_public.new_identifier[], array[row('ACME BUILDERS','trading','public'), row('Acme Civil','former','public')]::app_public.new_alias[])).id::text as id",
    );
    const read = async (id: string): Promise<PlanEmployer> => {
      const [employer] = await q<{ name: string; compare_name: string }>(
        "select name, compare_name from app_public.employers where id = $1",
        [id],
      );
      const aliases = await q<{ id: string; name: string; kind: string; compare_form: string }>(
        "select id::text, name, kind::text, compare_form from app_public.aliases where employer_id = $1 order by id",
        [id],
      );
      const identifiers = await q<{ id: string; scheme: string; value: string }>(
        "select id::text, scheme, value from app_public.employer_identifiers where employer_id = $1 order by id",
        [id],
      );
      return {
        rowId: id,
        name: employer!.name,
        compareName: employer!.compare_name,
        aliases: aliases.map((r) => ({ rowId: r.id, name: r.name, kind: r.kind, compareForm: r.compare_form })),
        identifiers: identifiers.map((r) => ({ rowId: r.id, scheme: r.scheme, value: r.value })),
      };
    };
    const plan = planMerge(await read(a!.id), await read(b!.id));
    expect(plan.movedAliases.map((x) => x.name)).toEqual(["Acme Civil"]);

    const [merge] = await q<{ undo: Record<string, unknown> }>(
      "select undo from app_public.merge_employers($1, $2, 'test')",
      [a!.id, b!.id],
    );
    expect(merge!.undo.moved_alias_ids).toEqual(plan.movedAliases.map((x) => Number(x.rowId)));
    expect(merge!.undo.kept_alias_ids).toEqual(plan.keptAliases.map((x) => Number(x.rowId)));
    expect(merge!.undo.moved_identifier_ids).toEqual(plan.identifiers.map((x) => Number(x.rowId)));
    expect(merge!.undo.former_alias_id !== null).toBe(plan.formerName !== null);

    expect(summarizeUndo(merge!.undo)).toEqual({
      aliases: 1,
      identifiers: 1,
      removesFormerName: true,
      restoresStatus: "active",
    });
  });
});

describe("summarizeUndo", () => {
  it("reads nothing into a malformed record", () => {
    expect(summarizeUndo(null)).toEqual({
      aliases: 0,
      identifiers: 0,
      removesFormerName: false,
      restoresStatus: "active",
    });
  });
});

describe("safeNext", () => {
  it.each([
    ["/employers/12?tab=names", "/employers/12?tab=names"],
    [null, "/"],
    ["", "/"],
    ["//evil.example/x", "/"],
    ["https://evil.example/", "/"],
    ["/login?next=/x", "/"],
  ])("sends %p to %p", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
