'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormResult, Select } from '@/components/ui/form';
import type { ScopeOptions } from '@/lib/auth/grant-scope-options';
import { postJson } from './post-json';

export interface GrantItem {
  id: string;
  role: string;
  scope: { kind: 'league' | 'team' | 'player'; id: number; name: string | null };
  status: 'active' | 'pending';
}

const roleScope = { league_admin: 'league', coach: 'team', scorekeeper: 'team', player: 'player', parent: 'player' } as const;
type GrantRoleName = keyof typeof roleScope;
const roleLabel: Record<GrantRoleName, string> = {
  league_admin: 'League admin',
  coach: 'Coach',
  scorekeeper: 'Scorekeeper',
  player: 'Player (is)',
  parent: 'Parent of',
};

/** An account's scoped roles with a button to take each away, and a form to give one. */
export function AccountGrants({
  account,
  grants,
  options,
}: {
  account: { id: string; email: string };
  grants: GrantItem[];
  options: ScopeOptions;
}) {
  const router = useRouter();
  const [role, setRole] = useState<GrantRoleName>('coach');
  const [scopeId, setScopeId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const choices = options[roleScope[role]];

  async function give(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    setDone(null);
    const result = await postJson(`/api/v1/accounts/${account.id}/grants`, { role, scope_id: Number(scopeId) });
    setPending(false);
    if (!result.ok) return setError(result.fields.scope_id ?? result.message);
    setDone('Role given.');
    router.refresh();
  }

  async function revoke(grant: GrantItem) {
    setPending(true);
    setError(null);
    setDone(null);
    const result = await postJson(`/api/v1/accounts/${account.id}/grants/${grant.id}`, undefined, 'DELETE');
    setPending(false);
    if (!result.ok) return setError(result.message);
    setDone('Role taken away.');
    router.refresh();
  }

  return (
    <div className="space-y-2" data-testid="account-grants">
      {grants.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No roles in a league, team or player.</p>
      ) : (
        <ul className="space-y-1">
          {grants.map((g) => (
            <li key={g.id} className="flex flex-wrap items-center gap-2 text-sm">
              <span>
                {roleLabel[g.role as GrantRoleName] ?? g.role} · {g.scope.name ?? `${g.scope.kind} ${g.scope.id}`}
                {g.status === 'pending' ? ' (pending)' : ''}
              </span>
              <Button
                type="button"
                variant="danger"
                className="min-h-6 px-2 py-1"
                disabled={pending}
                onClick={() => revoke(g)}
                aria-label={`Revoke ${g.role} of ${g.scope.name ?? g.scope.id} from ${account.email}`}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={give} className="flex flex-wrap items-end gap-2">
        <div className="w-40">
          <Select
            label="Role"
            value={role}
            onChange={(e) => {
              setRole(e.target.value as GrantRoleName);
              setScopeId('');
            }}
            aria-label={`Role to give ${account.email}`}
          >
            {(Object.keys(roleScope) as GrantRoleName[]).map((r) => (
              <option key={r} value={r}>
                {roleLabel[r]}
              </option>
            ))}
          </Select>
        </div>
        <div className="w-64">
          <Select
            label={`In ${roleScope[role]}`}
            value={scopeId}
            required
            onChange={(e) => setScopeId(e.target.value)}
            aria-label={`The ${roleScope[role]} for ${account.email}`}
          >
            <option value="">Choose…</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </div>
        <Button
          type="submit"
          variant="secondary"
          disabled={pending || scopeId === ''}
          aria-label={`Grant the role to ${account.email}`}
        >
          Grant
        </Button>
      </form>
      <FormResult error={error} done={done} />
    </div>
  );
}
