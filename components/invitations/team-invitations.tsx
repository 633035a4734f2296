'use client';
// The Invite form on a team page, for its coaches and league admins: a scorekeeper for the team, a
// player or a parent of a player on its roster (a coach too, for the league's admins). When the
// site sends no mail the link comes back here to copy; pending invitations can be taken back.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { postJson } from '@/components/auth/post-json';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormCard, FormResult, Select } from '@/components/ui/form';

export type PendingInvitation = { id: string; email: string; role: string; scope: string; expiresAt: string };

const roleLabels: Record<string, string> = {
  scorekeeper: 'Scorekeeper of the team',
  parent: 'Parent of a player',
  player: 'A player (their own account)',
  coach: 'Coach of the team',
};

export function TeamInvitations({
  teamId,
  roles,
  players,
  pending,
}: {
  teamId: number;
  roles: string[];
  players: { id: number; name: string }[];
  pending: PendingInvitation[];
}) {
  const router = useRouter();
  const [role, setRole] = useState(roles[0] ?? 'scorekeeper');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const forPlayer = role === 'parent' || role === 'player';

  async function invite(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const scopeId = forPlayer ? Number(form.get('player_id')) : teamId;
    setBusy(true);
    setError(null);
    setDone(null);
    setLink(null);
    const result = await postJson('/api/v1/invitations', { email: form.get('email'), role, scope_id: scopeId });
    setBusy(false);
    if (!result.ok) return setError(result.fields.email ?? result.message);
    const data = result.data as { email: string; url?: string };
    if (data.url) setLink(data.url);
    else setDone(`Invitation mailed to ${data.email}.`);
    formEl.reset();
    router.refresh();
  }

  async function revoke(id: string, email: string) {
    if (!window.confirm(`Take back the invitation to ${email}? Its link stops working at once.`)) return;
    const result = await postJson(`/api/v1/invitations/${id}`, undefined, 'DELETE');
    if (!result.ok) setError(result.message);
    router.refresh();
  }

  return (
    <FormCard title="Invite" testId="team-invitations">
      <form onSubmit={invite} className="space-y-3" data-testid="invite-form">
        <Field label="Email" name="email" type="email" autoComplete="off" required maxLength={320} />
        <Select label="As" name="role" value={role} onChange={(e) => setRole(e.target.value)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r] ?? r}
            </option>
          ))}
        </Select>
        {forPlayer ? (
          <Select label="Player" name="player_id" required>
            {players.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        ) : null}
        <Button type="submit" disabled={busy || (forPlayer && players.length === 0)}>
          {busy ? 'Inviting…' : 'Send invitation'}
        </Button>
      </form>
      <FormResult error={error} done={done} />
      {link ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <p>This site sends no mail: give this link to the person you invite. It works once, for 7 days.</p>
          <code className="block break-all rounded bg-white p-2 font-mono dark:bg-zinc-900" data-testid="invite-link">
            {link}
          </code>
          <Button type="button" variant="secondary" onClick={() => navigator.clipboard?.writeText(link)}>
            Copy
          </Button>
        </div>
      ) : null}
      <h3 className="text-sm font-semibold">Pending invitations</h3>
      {pending.length === 0 ? (
        <p className="text-sm text-zinc-500">None.</p>
      ) : (
        <ul className="divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="pending-invitations">
          {pending.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {p.email} · {p.role} of {p.scope} · until {new Date(p.expiresAt).toLocaleDateString()}
              </span>
              <Button type="button" variant="danger" onClick={() => revoke(p.id, p.email)}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
    </FormCard>
  );
}
