import { useState, type FormEvent } from 'react';

export interface Identity {
  agency: string;
  role: string;
  purpose: string;
}

/** The partnership's agencies and the roles and purposes `pnpm run token` accepts. */
const AGENCIES = ['partnership', 'health', 'police', 'education', 'housing', 'voluntary'];
const ROLES = ['analyst', 'caseworker', 'lead', 'partnership-admin', 'dpo'];
const PURPOSES = ['youth-crime-prevention', 'safeguarding', 'direct-care', 'family-support', 'planning', 'research', 'subject-access-request'];

/**
 * Sign-in with a development token: the gateway mints one for the chosen
 * officer (`<agency>-<role>`, as `pnpm run token` does). In production mode
 * the gateway has no such endpoint and officers sign in with the
 * partnership's identity provider instead.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (identity: Identity, token: string) => void }) {
  const [identity, setIdentity] = useState<Identity>({ agency: 'police', role: 'analyst', purpose: 'youth-crime-prevention' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch(`/dashboard/token?${new URLSearchParams({ ...identity })}`);
      const body = (await response.json()) as { token?: string; message?: string };
      if (!response.ok || !body.token) throw new Error(body.message ?? `The gateway answered HTTP ${response.status}.`);
      onSignedIn(identity, body.token);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(false);
    }
  }

  const select = (name: keyof Identity, label: string, options: string[]) => (
    <div className="field">
      <label htmlFor={`sign-in-${name}`}>{label}</label>
      <select id={`sign-in-${name}`} value={identity[name]} onChange={(event) => setIdentity({ ...identity, [name]: event.target.value })}>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </div>
  );

  return (
    <main className="sign-in">
      <h1>Joined-Up partnership dashboard</h1>
      <p>Sign in as an officer with a development token. Everything you see is what the gateway lets that officer see.</p>
      <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        {select('agency', 'Agency', AGENCIES)}
        {select('role', 'Role', ROLES)}
        {select('purpose', 'Purpose', PURPOSES)}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {error && (
          <p id="sign-in-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
