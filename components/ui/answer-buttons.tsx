'use client';

// Two buttons that answer a request made by someone else (accept/decline, confirm/decline): each
// POSTs to its endpoint, shows the API's own error, and refreshes the page around it on success.
import { useApiForm } from '@/components/basketball/live/use-api-form';

export function AnswerButtons({ yes, no }: { yes: { label: string; url: string }; no: { label: string; url: string } }) {
  const accept = useApiForm(
    yes.url,
    () => ({}),
    () => `${yes.label}ed.`,
  );
  const decline = useApiForm(
    no.url,
    () => ({}),
    () => `${no.label}d.`,
  );
  const error = accept.error ?? decline.error;
  return (
    <>
      <div className="flex gap-2">
        <form onSubmit={accept.onSubmit}>
          <button type="submit" disabled={accept.busy} className="min-h-11 rounded bg-brand-600 px-4 font-medium text-white">
            {yes.label}
          </button>
        </form>
        <form onSubmit={decline.onSubmit}>
          <button type="submit" disabled={decline.busy} className="min-h-11 rounded border border-zinc-400 px-4 font-medium">
            {no.label}
          </button>
        </form>
      </div>
      {error ? <p className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
    </>
  );
}
