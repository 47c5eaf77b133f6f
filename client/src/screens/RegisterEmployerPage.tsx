// /employers/new — a new employer with its identifiers and other names, all
// or nothing: one bad ABN and nothing is registered.
import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";
import { IdentifierSchemesDocument, RegisterEmployerDocument, type AliasKind } from "../gql/graphql.ts";
import { ErrorMessage } from "../components/Feedback.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { humanize } from "../format.ts";
import { present } from "../present.ts";
import { aliasKinds } from "./employer/types.ts";

interface IdentifierDraft {
  key: number;
  scheme: string;
  value: string;
}
interface AliasDraft {
  key: number;
  name: string;
  kind: AliasKind;
}

let nextKey = 1;

export function RegisterEmployerPage() {
  usePageTitle("Register employer");
  const id = useId();
  const navigate = useNavigate();
  const [{ data: schemes }] = useQuery({ query: IdentifierSchemesDocument });
  const [name, setName] = useState("");
  const [sourceRef, setSourceRef] = useState("");
  const [identifiers, setIdentifiers] = useState<IdentifierDraft[]>([{ key: nextKey++, scheme: "abn", value: "" }]);
  const [aliases, setAliases] = useState<AliasDraft[]>([]);
  const [{ fetching, error }, register] = useMutation(RegisterEmployerDocument);
  const schemeOptions = schemes?.identifierSchemes?.nodes.filter(present) ?? [{ key: "abn", name: "ABN" }];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await register({
      name,
      sourceRef: sourceRef.trim() || null,
      identifiers: identifiers
        .filter((i) => i.value.trim() !== "")
        .map(({ scheme, value }) => ({ scheme, value: value.trim() })),
      aliases: aliases.filter((a) => a.name.trim() !== "").map(({ name, kind }) => ({ name, kind })),
    });
    const created = result.data?.registerEmployer?.result;
    if (created) navigate(`/employers/${created.rowId}`);
  }

  return (
    <section className="page narrow" aria-labelledby="page-title">
      <h1 id="page-title">Register employer</h1>
      <p className="muted">
        Search first: a name or ABN that is already registered belongs on that employer as an alias or identifier.
      </p>
      <form onSubmit={submit} className="register-form">
        <fieldset disabled={fetching}>
          <label htmlFor={`${id}-name`}>Canonical name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={500} />

          <fieldset className="repeat">
            <legend>Identifiers</legend>
            {identifiers.map((identifier, index) => (
              <div className="repeat-row" key={identifier.key}>
                <label htmlFor={`${id}-scheme-${identifier.key}`} className="visually-hidden">
                  Scheme of identifier {index + 1}
                </label>
                <select
                  id={`${id}-scheme-${identifier.key}`}
                  value={identifier.scheme}
                  onChange={(e) =>
                    setIdentifiers(
                      identifiers.map((i) => (i.key === identifier.key ? { ...i, scheme: e.target.value } : i)),
                    )
                  }
                >
                  {schemeOptions.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.name}
                    </option>
                  ))}
                </select>
                <label htmlFor={`${id}-value-${identifier.key}`} className="visually-hidden">
                  Value of identifier {index + 1}
                </label>
                <input
                  id={`${id}-value-${identifier.key}`}
                  value={identifier.value}
                  placeholder="Value"
                  onChange={(e) =>
                    setIdentifiers(
                      identifiers.map((i) => (i.key === identifier.key ? { ...i, value: e.target.value } : i)),
                    )
                  }
                />
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove identifier ${index + 1}`}
                  onClick={() => setIdentifiers(identifiers.filter((i) => i.key !== identifier.key))}
                >
                  Remove
                </button>
              </div>
            ))}
            <button
              type="button"
              className="secondary-button"
              onClick={() => setIdentifiers([...identifiers, { key: nextKey++, scheme: "abn", value: "" }])}
            >
              Add an identifier
            </button>
          </fieldset>

          <fieldset className="repeat">
            <legend>Other names</legend>
            {aliases.map((alias, index) => (
              <div className="repeat-row names" key={alias.key}>
                <label htmlFor={`${id}-alias-${alias.key}`} className="visually-hidden">
                  Other name {index + 1}
                </label>
                <input
                  id={`${id}-alias-${alias.key}`}
                  value={alias.name}
                  placeholder="Name"
                  onChange={(e) =>
                    setAliases(aliases.map((a) => (a.key === alias.key ? { ...a, name: e.target.value } : a)))
                  }
                />
                <label htmlFor={`${id}-kind-${alias.key}`} className="visually-hidden">
                  Kind of other name {index + 1}
                </label>
                <select
                  id={`${id}-kind-${alias.key}`}
                  value={alias.kind}
                  onChange={(e) =>
                    setAliases(
                      aliases.map((a) => (a.key === alias.key ? { ...a, kind: e.target.value as AliasKind } : a)),
                    )
                  }
                >
                  {aliasKinds.map((kind) => (
                    <option key={kind} value={kind}>
                      {humanize(kind)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove other name ${index + 1}`}
                  onClick={() => setAliases(aliases.filter((a) => a.key !== alias.key))}
                >
                  Remove
                </button>
              </div>
            ))}
            <button
              type="button"
              className="secondary-button"
              onClick={() => setAliases([...aliases, { key: nextKey++, name: "", kind: "trading" }])}
            >
              Add another name
            </button>
          </fieldset>

          <label htmlFor={`${id}-ref`}>Reference (optional: where this employer came from)</label>
          <input id={`${id}-ref`} value={sourceRef} onChange={(e) => setSourceRef(e.target.value)} maxLength={200} />

          <button type="submit">{fetching ? "Registering…" : "Register employer"}</button>
        </fieldset>
        {error && <ErrorMessage error={error} action="Registering" />}
      </form>
    </section>
  );
}
