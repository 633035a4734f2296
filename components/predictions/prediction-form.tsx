// Two teams and a day, sent as a plain GET: the answer is a page anyone can link to.
const selectClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900';

export function PredictionForm({
  teams,
  picked,
}: {
  teams: { id: number; abbreviation: string; name: string }[];
  picked: { home?: number; visitor?: number; date: string };
}) {
  const teamSelect = (label: string, name: string, value?: number) => (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ''} required className={selectClass}>
        <option value="" disabled>
          Pick a team
        </option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({t.abbreviation})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      action="/predictions"
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto_auto] sm:items-end"
      data-testid="prediction-form"
    >
      {teamSelect('Home team', 'home', picked.home)}
      {teamSelect('Visiting team', 'visitor', picked.visitor)}
      <label className="block space-y-1 text-sm">
        <span className="font-medium">Day</span>
        <input type="date" name="date" defaultValue={picked.date} required className={selectClass} />
      </label>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        Predict
      </button>
    </form>
  );
}
