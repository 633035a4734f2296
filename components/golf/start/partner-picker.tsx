'use client';

// Up to three playing partners: Statline accounts found by email (their scores post to their own
// records) or named guests (with an optional index, for net scores and Stableford).
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormResult } from '@/components/ui/form';

export type Partner =
  | { kind: 'account'; id: string; name: string; email: string }
  | { kind: 'guest'; name: string; handicapIndex: number | null };

export type FindPartner = (email: string) => Promise<{ ok: true; id: string; name: string } | { ok: false; message: string }>;

export const MAX_PARTNERS = 3;

export function PartnerPicker({
  partners,
  onChange,
  findPartner,
}: {
  partners: Partner[];
  onChange: (p: Partner[]) => void;
  findPartner: FindPartner;
}) {
  const [email, setEmail] = useState('');
  const [guest, setGuest] = useState('');
  const [guestIndex, setGuestIndex] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const full = partners.length >= MAX_PARTNERS;

  async function addAccount() {
    setMessage(null);
    if (partners.some((p) => p.kind === 'account' && p.email.toLowerCase() === email.trim().toLowerCase())) {
      setMessage('Already in the round.');
      return;
    }
    setBusy(true);
    try {
      const found = await findPartner(email);
      if (!found.ok) setMessage(found.message);
      else if (partners.some((p) => p.kind === 'account' && p.id === found.id)) setMessage('Already in the round.');
      else {
        onChange([...partners, { kind: 'account', id: found.id, name: found.name, email: email.trim() }]);
        setEmail('');
      }
    } catch {
      setMessage('Could not reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  function addGuest() {
    const index = guestIndex.trim() === '' ? null : Number(guestIndex);
    if (index !== null && !(Number.isFinite(index) && index >= -10 && index <= 54)) {
      setMessage('A handicap index is between -10 and 54.');
      return;
    }
    setMessage(null);
    onChange([...partners, { kind: 'guest', name: guest.trim(), handicapIndex: index }]);
    setGuest('');
    setGuestIndex('');
  }

  return (
    <fieldset className="space-y-3" data-testid="partners">
      <legend className="text-sm font-medium">Playing partners (optional, up to {MAX_PARTNERS})</legend>
      {partners.length > 0 ? (
        <ul className="space-y-2">
          {partners.map((p, i) => (
            <li
              key={p.kind === 'account' ? p.id : `guest-${i}`}
              className="flex min-h-11 items-center justify-between gap-2 rounded-lg bg-zinc-100 px-3 dark:bg-zinc-800"
            >
              <span>
                <strong>{p.name}</strong>{' '}
                <span className="text-xs text-zinc-500">
                  {p.kind === 'account' ? p.email : `guest${p.handicapIndex === null ? '' : ` · index ${p.handicapIndex}`}`}
                </span>
              </span>
              <button
                type="button"
                className="min-h-10 px-2 text-sm text-red-700 dark:text-red-400"
                onClick={() => onChange(partners.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? null : (
        <>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <Field
                label="Partner's email"
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="off"
              />
            </div>
            <Button
              type="button"
              variant="secondary"
              className="min-h-11"
              aria-label="Add partner"
              disabled={busy || !email.trim()}
              onClick={addAccount}
            >
              {busy ? 'Finding…' : 'Add'}
            </Button>
          </div>
          <div className="flex items-end gap-2">
            <div className="flex-1">
              <Field label="Guest's name" value={guest} maxLength={60} onChange={(e) => setGuest(e.target.value)} />
            </div>
            <div className="w-24">
              <Field label="Index" inputMode="decimal" value={guestIndex} onChange={(e) => setGuestIndex(e.target.value)} />
            </div>
            <Button
              type="button"
              variant="secondary"
              className="min-h-11"
              aria-label="Add guest"
              disabled={!guest.trim()}
              onClick={addGuest}
            >
              Add
            </Button>
          </div>
        </>
      )}
      <FormResult error={message} />
    </fieldset>
  );
}
