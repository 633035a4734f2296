'use client';

// A form that POSTs JSON to the API and shows the API's own error message inline; on success the
// server-rendered lists around it refresh.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiErrorMessage } from '@/lib/offline/api-error';

export function useApiForm<T>(url: string, toBody: (form: FormData) => unknown, success: (created: T) => string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(toBody(new FormData(formEl))),
      });
      const body = await res.json().catch(() => null);
      if (!res.ok) {
        setError(apiErrorMessage(body) ?? `The server said no (HTTP ${res.status}).`);
        return;
      }
      setDone(success(body.data as T));
      formEl.reset();
      router.refresh();
    } catch {
      setError('Could not reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return { onSubmit, busy, error, done };
}

export const text = (form: FormData, key: string): string | undefined => {
  const v = String(form.get(key) ?? '').trim();
  return v === '' ? undefined : v;
};

export const int = (form: FormData, key: string): number | undefined => {
  const v = text(form, key);
  return v === undefined ? undefined : Number(v);
};
