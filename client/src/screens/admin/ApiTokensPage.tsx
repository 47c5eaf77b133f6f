// /admin/api-tokens — tokens for third parties. The secret is shown once, in
// the answer to issueApiToken; the database keeps only its SHA-256. Below the
// tokens, each one's use of the API by day, as the rate limiter counted it.
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { AdminApiTokensDocument, IssueApiTokenDocument, RevokeApiTokenDocument } from "../../gql/graphql.ts";
import type { AdminApiTokensQuery, ApiTokenRole } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { present } from "../../present.ts";

type TokenRow = NonNullable<NonNullable<AdminApiTokensQuery["apiTokens"]>["nodes"][number]>;

function tokenState(token: TokenRow): string {
  if (token.revokedAt) return "revoked";
  if (Date.parse(token.expiresAt) <= Date.now()) return "expired";
  return "active";
}

export function ApiTokensPage() {
  usePageTitle("API tokens");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminApiTokensDocument });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const [issued, setIssued] = useState<{ name: string; secret: string; expiresAt: string | null } | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const tokens = data?.apiTokens?.nodes.filter(present) ?? [];

  return (
    <div>
      <h2>API tokens</h2>
      {notice && <Notice>{notice}</Notice>}
      {issued && <IssuedSecret issued={issued} onDismiss={() => setIssued(null)} />}
      <IssueTokenForm
        onIssued={(token) => {
          setIssued(token);
          setNotice(null);
          refresh();
        }}
      />
      {fetching && !data && <Loading what="API tokens" />}
      {error && <ErrorMessage error={error} />}
      {data && tokens.length === 0 && <Empty>No API tokens yet.</Empty>}
      {tokens.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Starts with</th>
                <th scope="col">State</th>
                <th scope="col">Issued</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.rowId}>
                  <td>{token.name}</td>
                  <td>{token.role}</td>
                  <td className="mono">{token.tokenPrefix}…</td>
                  <td>
                    <StatusBadge value={tokenState(token)} />
                  </td>
                  <td>
                    {formatDateTime(token.createdAt)}
                    {token.userByCreatedBy && <span className="muted"> by {token.userByCreatedBy.displayName}</span>}
                  </td>
                  <td>{formatDateTime(token.expiresAt)}</td>
                  <td>{formatDateTime(token.lastUsedAt)}</td>
                  <td className="actions">
                    {!token.revokedAt && (
                      <button
                        type="button"
                        className="small"
                        onClick={() => setRevoking(token)}
                        aria-label={`Revoke ${token.name}`}
                      >
                        Revoke…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tokens.length > 0 && <TokenUsage tokens={tokens} />}
      <Dialog title="Revoke API token" open={revoking !== null} onClose={() => setRevoking(null)}>
        {revoking && (
          <RevokeConfirm
            token={revoking}
            onCancel={() => setRevoking(null)}
            onRevoked={() => {
              setNotice(`Revoked ${revoking.name}.`);
              setRevoking(null);
              refresh();
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

const count = (value: string | number) => Number(value).toLocaleString("en-AU");

/** Each token's last seven days with any use, newest first: what it asked, what was refused, how much quota went. */
function TokenUsage({ tokens }: { tokens: TokenRow[] }) {
  const id = useId();
  const rows = tokens.flatMap((token) =>
    (token.apiTokenUsageDailiesByTokenId?.nodes.filter(present) ?? []).map((usage) => ({ token, usage })),
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Usage by day</h3>
      {rows.length === 0 ? (
        <Empty>No token has been used yet.</Empty>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">Token</th>
                <th scope="col">Day (UTC)</th>
                <th scope="col">Requests</th>
                <th scope="col">Searches</th>
                <th scope="col">Refused (429)</th>
                <th scope="col">Daily quota used</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ token, usage }) => (
                <tr key={`${token.rowId}-${usage.day}`}>
                  <td>{token.name}</td>
                  <td>{usage.day}</td>
                  <td className="num">{count(usage.requests)}</td>
                  <td className="num">{count(usage.searches)}</td>
                  <td className="num">{count(usage.refused)}</td>
                  <td className="num">
                    {count(usage.quotaUsed)} of {count(usage.quota)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function dateInDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function IssuedSecret({
  issued,
  onDismiss,
}: {
  issued: { name: string; secret: string; expiresAt: string | null };
  onDismiss(): void;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-box" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New token for {issued.name}</h3>
      <p>
        Copy it now: <strong>it is shown only once</strong>. Only a hash is stored, so nobody can show it again. It
        expires {formatDateTime(issued.expiresAt)}.
      </p>
      <label htmlFor={`${id}-secret`}>Token</label>
      <input id={`${id}-secret`} className="mono" readOnly value={issued.secret} onFocus={(e) => e.target.select()} />
      <div className="dialog-buttons">
        <button
          type="button"
          className="secondary-button"
          onClick={() =>
            void navigator.clipboard?.writeText(issued.secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy"}
        </button>
        <button type="button" onClick={onDismiss}>
          I have copied it
        </button>
      </div>
    </div>
  );
}

function IssueTokenForm({
  onIssued,
}: {
  onIssued(token: { name: string; secret: string; expiresAt: string | null }): void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [role, setRole] = useState<ApiTokenRole>("api_client");
  // The database's own default is 90 days, but GraphQL would send an empty field as null: fill it in.
  const [expires, setExpires] = useState(() => dateInDays(90));
  const [{ fetching, error }, issue] = useMutation(IssueApiTokenDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    // A date means the end of that day in the admin's time zone.
    const expiresAt = new Date(`${expires}T23:59:59`).toISOString();
    const result = await issue({ name, role, expiresAt });
    const token = result.data?.issueApiToken?.result;
    if (token?.secret) {
      onIssued({ name, secret: token.secret, expiresAt: token.expiresAt ?? null });
      setName("");
      setExpires(dateInDays(90));
    }
  }
  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Issue a token</h3>
      <fieldset disabled={fetching} className="grid-fields">
        <div className="field wide">
          <label htmlFor={`${id}-name`}>Who it is for</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as ApiTokenRole)}>
            <option value="api_client">api_client (public data)</option>
            <option value="analyst">analyst (read everything)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-expires`}>Expires (at most 2 years)</label>
          <input
            id={`${id}-expires`}
            type="date"
            value={expires}
            min={dateInDays(1)}
            max={dateInDays(729)}
            onChange={(e) => setExpires(e.target.value)}
            required
          />
        </div>
        <div className="field actions-field">
          <button type="submit">{fetching ? "Issuing…" : "Issue token"}</button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} action="Issuing the token" />}
    </form>
  );
}

function RevokeConfirm({ token, onCancel, onRevoked }: { token: TokenRow; onCancel(): void; onRevoked(): void }) {
  const [{ fetching, error }, revoke] = useMutation(RevokeApiTokenDocument);
  async function confirm() {
    const result = await revoke({ tokenId: token.rowId });
    if (!result.error) onRevoked();
  }
  return (
    <div className="dialog-form">
      <p>
        Revoke “{token.name}” ({token.tokenPrefix}…)? Requests with it are refused from the next one; this cannot be
        undone.
      </p>
      {error && <ErrorMessage error={error} action="Revoking" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={confirm} disabled={fetching}>
          Revoke token
        </button>
      </div>
    </div>
  );
}
