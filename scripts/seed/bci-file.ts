// A realistic synthetic BCI export against a given registry: one row per
// project-company pair, ~10 rows per company. Of the companies, 80% are known
// (half by an identifier, half by an exact name written as feeds write it),
// 10% known but misspelt, 8% new companies in two or three spellings; 2% of
// the rows are junk (empty, placeholders, formula-looking cells). Same seed,
// same file.
import { FORM_VARIANTS } from "./vocabulary.ts";
import { makeCore, joinName, typo } from "./names.ts";
import { abnFromBody, acnFromBody } from "./identifiers.ts";
import { makeRandom, type Random } from "./random.ts";
import { makeVocabulary } from "./vocabulary.ts";

export interface KnownEmployer {
  name: string;
  abn: string | null;
  bci: string | null;
  aliases: string[];
}

export const BCI_HEADER =
  "Company Name,BCI Company ID,ABN,ACN,Trading Name,Project ID,Project Name,Role,State,Postcode";
const ROLES = ["builder", "head contractor", "developer", "subcontractor", "architect", "engineer", "consultant"];
const STATES: Array<[string, number]> = [
  ["NSW", 2000],
  ["VIC", 3000],
  ["QLD", 4000],
  ["SA", 5000],
  ["WA", 6000],
  ["TAS", 7000],
  ["ACT", 2600],
  ["NT", 800],
];
const PROJECT_WORDS = [
  "Tower",
  "Residences",
  "Hospital Upgrade",
  "School Redevelopment",
  "Warehouse",
  "Bridge",
  "Stadium",
  "Apartments",
  "Shopping Centre",
  "Station",
  "Depot",
  "Library",
];
const JUNK = [
  "",
  "TBA",
  "To Be Advised",
  "N/A",
  "Unknown",
  '=HYPERLINK("http://example.com")',
  "-",
  "Various",
  "@SUM(A1:A9)",
  "Owner Builder",
];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A name as a feed writes it: legal form varied, case sometimes shouted. */
function feedSpelling(random: Random, name: string): string {
  let out = name;
  for (const [form, variants] of Object.entries(FORM_VARIANTS)) {
    if (form && out.endsWith(` ${form}`) && random.chance(0.5)) {
      out = `${out.slice(0, -form.length - 1)} ${random.pick(variants)}`.trim();
      break;
    }
  }
  if (random.chance(0.15)) out = out.toUpperCase();
  return out;
}

interface Company {
  spellings: string[];
  abn: string;
  bci: string;
  acn: string;
}

export function* generateBciRows(known: KnownEmployer[], rows: number, seed: number): Generator<string> {
  const random = makeRandom(seed);
  const vocab = makeVocabulary(random.fork("vocabulary"), { surnames: 4_000, places: 1_000, brands: 500 });
  const companyCount = Math.max(1, Math.round(rows / 10));
  const companies: Company[] = [];
  for (let i = 0; i < companyCount; i++) {
    const kind = random.int(100);
    if (kind < 80 && known.length > 0) {
      const employer = known[random.int(known.length)]!;
      const names = [employer.name, ...employer.aliases];
      const byIdentifier = kind < 40 && (employer.abn || employer.bci);
      companies.push({
        spellings: [feedSpelling(random, random.pick(names))],
        abn: byIdentifier && employer.abn && random.chance(0.7) ? employer.abn : "",
        bci: byIdentifier && (!employer.abn || random.chance(0.5)) ? (employer.bci ?? "") : "",
        acn: "",
      });
    } else if (kind < 90 && known.length > 0) {
      const employer = known[random.int(known.length)]!;
      companies.push({ spellings: [typo(random, employer.name)], abn: "", bci: "", acn: "" });
    } else {
      const { core } = makeCore(random, vocab);
      const name = joinName(core, random.pick(["Pty Ltd", "Pty Ltd", "P/L", ""]));
      const spellings = [name, feedSpelling(random, name)];
      if (random.chance(0.5)) spellings.push(typo(random, name));
      const body = String(random.between(10_000_000, 99_999_999));
      companies.push({
        spellings,
        abn: random.chance(0.3) ? abnFromBody(acnFromBody(body)) : "",
        bci: random.chance(0.5) ? `BCI${random.between(100_000, 999_999)}` : "",
        acn: "",
      });
    }
  }
  yield BCI_HEADER + "\n";
  for (let i = 0; i < rows; i++) {
    const [state, postcode] = random.pick(STATES);
    const project = `P${100_000 + random.int(rows)}`;
    const projectName = `${random.pick(PROJECT_WORDS)} ${random.between(1, 400)}`;
    const role = random.pick(ROLES);
    let fields: string[];
    if (random.chance(0.02)) {
      fields = [
        random.pick(JUNK),
        "",
        "",
        "",
        "",
        project,
        projectName,
        role,
        state,
        String(postcode + random.int(100)),
      ];
    } else {
      const company = companies[random.int(companies.length)]!;
      fields = [
        random.pick(company.spellings),
        company.bci,
        company.abn,
        company.acn,
        "",
        project,
        projectName,
        role,
        state,
        String(postcode + random.int(100)),
      ];
    }
    yield fields.map(csvField).join(",") + "\n";
  }
}

/** The registry sample the generator draws known companies from. */
export const KNOWN_EMPLOYERS_SQL = `
  select e.name,
         (select i.value from app_public.employer_identifiers i where i.employer_id = e.id and i.scheme = 'abn' limit 1) as abn,
         (select i.value from app_public.employer_identifiers i where i.employer_id = e.id and i.scheme = 'bci_company' limit 1) as bci,
         coalesce((select array_agg(a.name) from app_public.aliases a where a.employer_id = e.id and a.valid_to is null), '{}') as aliases
  from app_public.employers e
  where e.status = 'active'
  order by e.id
  limit $1`;
