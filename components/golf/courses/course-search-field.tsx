'use client';

// The search box above a course picker. Its label avoids the words "course" and "tees" so the
// pickers below keep their own labels to themselves (screen readers, and getByLabel in e2e).
export function CourseSearchField({
  value,
  onChange,
  status,
}: {
  value: string;
  onChange: (text: string) => void;
  status: string | null;
}) {
  return (
    <div className="space-y-1">
      <label className="block space-y-1 text-sm">
        <span className="font-medium">Find by name or town</span>
        <input
          type="search"
          inputMode="search"
          enterKeyHint="search"
          autoComplete="off"
          placeholder="Type 2 letters or more"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          // The phone's search key would otherwise submit the form around the picker.
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          className="block min-h-11 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
          data-testid="course-search"
        />
      </label>
      <p className="min-h-4 text-xs text-zinc-500" aria-live="polite" data-testid="course-search-status">
        {status}
      </p>
    </div>
  );
}
