// /admin/users — people's logins: add, change role, disable or enable, set a password.
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { AddUserDocument, AdminUsersDocument, SetUserPasswordDocument, UpdateUserDocument } from "../../gql/graphql.ts";
import type { AdminUsersQuery, UserRole } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { present } from "../../present.ts";
import { roles } from "../../roles.ts";
import type { Session } from "../../session.ts";

type UserRow = NonNullable<NonNullable<AdminUsersQuery["users"]>["nodes"][number]>;

export function UsersPage({ session }: { session: Session }) {
  usePageTitle("Users");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminUsersDocument });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const [notice, setNotice] = useState<string | null>(null);
  const [settingPassword, setSettingPassword] = useState<UserRow | null>(null);
  const [update, updateUser] = useMutation(UpdateUserDocument);
  const users = data?.users?.nodes.filter(present) ?? [];

  async function change(user: UserRow, patch: { role?: UserRole; isDisabled?: boolean }, message: string) {
    const result = await updateUser({ rowId: user.rowId, patch });
    if (!result.error) {
      setNotice(message);
      refresh();
    }
  }

  return (
    <div aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      {notice && <Notice>{notice}</Notice>}
      {update.error && <ErrorMessage error={update.error} action="Changing the user" />}
      {fetching && !data && <Loading what="users" />}
      {error && <ErrorMessage error={error} />}
      {data && users.length === 0 && <Empty>No users.</Empty>}
      {users.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">State</th>
                <th scope="col">Last login</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.rowId}>
                  <td>{user.username}</td>
                  <td>{user.displayName}</td>
                  <td>
                    <label htmlFor={`role-${user.rowId}`} className="visually-hidden">
                      Role of {user.username}
                    </label>
                    <select
                      id={`role-${user.rowId}`}
                      value={user.role}
                      disabled={update.fetching}
                      onChange={(e) =>
                        void change(
                          user,
                          { role: e.target.value as UserRole },
                          `${user.username} is now ${e.target.value}.`,
                        )
                      }
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.isDisabled ? "Disabled" : "Enabled"}</td>
                  <td>{formatDateTime(user.lastLoginAt)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="small"
                      disabled={update.fetching || user.username === session.username}
                      onClick={() =>
                        void change(
                          user,
                          { isDisabled: !user.isDisabled },
                          `${user.username} ${user.isDisabled ? "enabled" : "disabled"}.`,
                        )
                      }
                    >
                      {user.isDisabled ? "Enable" : "Disable"}
                    </button>
                    <button type="button" className="small" onClick={() => setSettingPassword(user)}>
                      Set password…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddUserForm
        onAdded={(username) => {
          setNotice(`Added ${username}.`);
          refresh();
        }}
      />
      <Dialog title="Set password" open={settingPassword !== null} onClose={() => setSettingPassword(null)}>
        {settingPassword && (
          <SetPasswordForm
            user={settingPassword}
            onCancel={() => setSettingPassword(null)}
            onDone={() => {
              setNotice(`New password set for ${settingPassword.username}; their sessions end.`);
              setSettingPassword(null);
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

function AddUserForm({ onAdded }: { onAdded(username: string): void }) {
  const id = useId();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<UserRole>("steward");
  const [password, setPassword] = useState("");
  const [{ fetching, error }, addUser] = useMutation(AddUserDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addUser({ username, displayName, role, password });
    if (!result.error) {
      onAdded(username);
      setUsername("");
      setDisplayName("");
      setPassword("");
    }
  }
  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a user</h3>
      <fieldset disabled={fetching} className="grid-fields">
        <div className="field">
          <label htmlFor={`${id}-username`}>Username</label>
          <input
            id={`${id}-username`}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-display`}>Display name</label>
          <input id={`${id}-display`} value={displayName} onChange={(e) => setDisplayName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password (10+ characters)</label>
          <input
            id={`${id}-password`}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete="new-password"
          />
        </div>
        <div className="field actions-field">
          <button type="submit">Add user</button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} action="Adding the user" />}
    </form>
  );
}

function SetPasswordForm({ user, onCancel, onDone }: { user: UserRow; onCancel(): void; onDone(): void }) {
  const id = useId();
  const [password, setPassword] = useState("");
  const [{ fetching, error }, setUserPassword] = useMutation(SetUserPasswordDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await setUserPassword({ userId: user.rowId, password });
    if (!result.error) onDone();
  }
  return (
    <form onSubmit={submit} className="dialog-form">
      <fieldset disabled={fetching}>
        <label htmlFor={`${id}-password`}>New password for {user.username}</label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          autoComplete="new-password"
        />
      </fieldset>
      {error && <ErrorMessage error={error} action="Setting the password" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          Set password
        </button>
      </div>
    </form>
  );
}
