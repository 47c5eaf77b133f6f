// Valid Australian company and business numbers, made the way the registers
// make them: an ACN is 8 digits and a mod-10 check digit; an ABN is 2 check
// digits (mod 89) in front of 9 digits, for a company usually its ACN.
import type { Random } from "./random.ts";

const ACN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1];
const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];

export function acnFromBody(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body8[i]) * ACN_WEIGHTS[i]!;
  return body8 + String((10 - (sum % 10)) % 10);
}

/** The ABN whose last 9 digits are `body9` (an ACN, or any 9 digits). */
export function abnFromBody(body9: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body9[i]) * ABN_WEIGHTS[i + 2]!;
  // 10 * (d1 - 1) + d2 + sum must divide by 89, with d1 in 1..9 and d2 in 0..9.
  const needed = (89 - (sum % 89)) % 89;
  const lead = needed === 0 ? 89 : needed; // 0 would give "10", valid too; real ABNs start from 11
  const d1 = Math.floor(lead / 10) + 1;
  const d2 = lead % 10;
  return `${d1}${d2}${body9}`;
}

export function abnIsValid(abn: string): boolean {
  if (!/^[0-9]{11}$/.test(abn)) return false;
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (Number(abn[i]) - (i === 0 ? 1 : 0)) * ABN_WEIGHTS[i]!;
  return sum % 89 === 0;
}

export function acnIsValid(acn: string): boolean {
  return /^[0-9]{9}$/.test(acn) && acnFromBody(acn.slice(0, 8)) === acn;
}

/** "51 824 753 556": how ABNs are printed on invoices. */
export const spacedAbn = (abn: string) => `${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}`;
/** "004 085 616" */
export const spacedAcn = (acn: string) => `${acn.slice(0, 3)} ${acn.slice(3, 6)} ${acn.slice(6)}`;

/** Hands out identifiers that are valid and never repeat within one seed. */
export class IdentifierFactory {
  private readonly acnBodies = new Set<number>();
  private readonly abnBodies = new Set<number>();
  private readonly random: Random;
  private bciNext = 100_000;

  constructor(random: Random) {
    this.random = random;
  }

  acn(): string {
    for (;;) {
      // ACNs were issued from 000 000 019 upwards; today's are around 6xx xxx xxx.
      const body = this.random.between(1_000_000, 69_999_999);
      if (this.acnBodies.has(body)) continue;
      const acn = acnFromBody(String(body).padStart(8, "0"));
      if (this.abnBodies.has(Number(acn))) continue;
      this.acnBodies.add(body);
      return acn;
    }
  }

  /** The ABN of a company with this ACN. */
  abnForAcn(acn: string): string {
    this.abnBodies.add(Number(acn));
    return abnFromBody(acn);
  }

  /** An ABN of a sole trader, partnership or trust (no ACN behind it). */
  abn(): string {
    for (;;) {
      const body = this.random.between(100_000_000, 999_999_999);
      if (this.abnBodies.has(body)) continue;
      this.abnBodies.add(body);
      return abnFromBody(String(body));
    }
  }

  /** BCI Central company ids: "C" and a number, rising with gaps, as exports show them. */
  bciCompanyId(): string {
    this.bciNext += this.random.between(1, 40);
    return `C${this.bciNext}`;
  }
}
