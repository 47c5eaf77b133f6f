// Picks another employer by searching for it (or typing its number): used to
// choose what to merge and what to record as different.
import { useId, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { SearchEmployersDocument } from "../gql/graphql.ts";
import { formatScore } from "../format.ts";
import { ErrorMessage, Loading, Empty } from "./Feedback.tsx";

export interface PickedEmployer {
  rowId: string;
  name: string;
}

export interface EmployerPickerProps {
  label: string;
  /** The employer the page is about: never offered. */
  excludeId: string;
  onPick(employer: PickedEmployer): void;
}

export function EmployerPicker({ label, excludeId, onPick }: EmployerPickerProps) {
  const inputId = useId();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [{ data, fetching, error }] = useQuery({
    query: SearchEmployersDocument,
    variables: { query, includeAliases: true, includeArchived: false, first: 8 },
    pause: query === "",
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };
  const matches = (data?.searchEmployers?.nodes ?? []).filter(
    (match) => match?.employer && match.employer.rowId !== excludeId,
  );
  return (
    <div className="picker">
      <form className="inline-form" onSubmit={submit} role="search">
        <label htmlFor={inputId}>{label}</label>
        <input
          id={inputId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Name, ABN or ACN"
          required
        />
        <button type="submit" className="secondary-button">
          Find
        </button>
      </form>
      {fetching && <Loading what="matches" />}
      {error && <ErrorMessage error={error} />}
      {query && !fetching && !error && matches.length === 0 && <Empty>No other employer matches “{query}”.</Empty>}
      {matches.length > 0 && (
        <ul className="picker-results" aria-label="Matching employers">
          {matches.map((match) => (
            <li key={match!.employer!.rowId}>
              <button
                type="button"
                className="link-button"
                onClick={() => onPick({ rowId: match!.employer!.rowId, name: match!.employer!.name })}
              >
                Choose {match!.employer!.name} (#{match!.employer!.rowId})
              </button>
              <span className="muted">
                {" "}
                score {formatScore(match!.score)}, {match!.method}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
