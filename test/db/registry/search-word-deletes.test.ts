// A misspelt query word finds its known neighbours through deletion
// neighbourhoods (SymSpell): app_hidden.word_deletes must give exactly the
// strings made by deleting up to depth letters (at most two), for the query's
// words and for the known words the statistics refresh stores alike.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** Every string made from the word by deleting up to depth (at most two) of its letters. */
function deletes(word: string, depth: number): string[] {
  let level = new Set([word]);
  const all = new Set(level);
  for (let d = 0; d < Math.min(depth, 2); d++) {
    const next = new Set<string>();
    for (const w of level) for (let i = 0; i < [...w].length; i++) next.add([...w].toSpliced(i, 1).join(""));
    for (const w of next) all.add(w);
    level = next;
  }
  return [...all].sort();
}

it("gives every string made by deleting up to depth letters, each once", async () => {
  const cases: Array<[string, number]> = [
    ["serivces", 2],
    ["formra", 2],
    ["aaaa", 2],
    ["conc", 1],
    ["élan", 1],
    ["ab", 2],
    ["a", 2],
    ["brenford", 0],
    ["kevkevoq", 3],
  ];
  for (const [word, depth] of cases) {
    const { rows } = await db.ownerPool.query<{ d: string }>(
      'select d from app_hidden.word_deletes($1, $2) d order by d collate "C"',
      [word, depth],
    );
    const expected = deletes(word, depth).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect({ word, depth, deletes: rows.map((r) => r.d) }).toEqual({ word, depth, deletes: expected });
  }
});

it("gives nothing for a missing word", async () => {
  const { rows } = await db.ownerPool.query("select * from app_hidden.word_deletes(null, 2)");
  expect(rows).toEqual([]);
});
