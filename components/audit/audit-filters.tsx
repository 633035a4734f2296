// The audit page's filters: a plain GET form, so the URL holds them (shareable, back-button safe)
// and the page works without JavaScript.
import { Select } from '@/components/ui/form';
import type { AuditFilter } from '@/lib/audit-query';

const input =
  'block min-h-11 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900';

export function AuditFilters({ filter, actions }: { filter: AuditFilter; actions: string[] }) {
  return (
    <search>
      <form action="/admin/audit" className="grid gap-3 sm:grid-cols-5 sm:items-end" data-testid="audit-filters">
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Actor email</span>
          <input name="actor" type="search" defaultValue={filter.actor} placeholder="part of an email" className={input} />
        </label>
        <Select label="Action" name="action" defaultValue={filter.action ?? ''}>
          <option value="">Any action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">From (UTC)</span>
          <input name="from" type="date" defaultValue={filter.from} className={input} />
        </label>
        <label className="block space-y-1 text-sm">
          <span className="font-medium">To (UTC)</span>
          <input name="to" type="date" defaultValue={filter.to} className={input} />
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          Filter
        </button>
      </form>
    </search>
  );
}
