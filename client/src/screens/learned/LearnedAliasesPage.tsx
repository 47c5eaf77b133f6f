// /learned-aliases — names imports learned from fuzzy matches, riskiest first:
// a steward confirms each (exact matches on it may then be automatic) or
// retires it (it stops answering for that employer).
import { usePageTitle } from "../../components/usePageTitle.ts";
import { LearnedAliasReview } from "./LearnedAliasReview.tsx";

export function LearnedAliasesPage() {
  usePageTitle("Learned names");
  return (
    <section className="page wide" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">Learned names</h1>
          <p className="muted">
            Spellings imports learned from similar-name matches. Until a steward confirms one, an exact match on it
            alone goes to review, never straight to the employer. Riskiest first: a low match score, other employers
            holding the same name, few rows behind it.
          </p>
        </div>
      </div>
      <LearnedAliasReview first={100} />
    </section>
  );
}
