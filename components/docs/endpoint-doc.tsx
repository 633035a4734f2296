import type { Contract } from '@/lib/api/contract';

const methodColour: Record<string, string> = {
  GET: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  POST: 'bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300',
  DELETE: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  PATCH: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  PUT: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
};

export function EndpointDoc({ contract: c, operation }: { contract: Contract; operation: Record<string, unknown> }) {
  const body = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
    'application/json'
  ]?.schema;
  const params = (operation.parameters as { name: string; in: string; required?: boolean }[] | undefined) ?? [];
  const responses = operation.responses as Record<string, { content?: Record<string, { schema?: unknown }> }> | undefined;
  const ok = responses?.[String(c.status ?? 200)]?.content?.['application/json']?.schema;
  const who = c.auth === 'public' ? 'anyone' : c.sessionOnly ? 'signed-in session only' : 'session or API key';
  return (
    <article
      className="space-y-2 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      id={String(operation.operationId ?? '')}
    >
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span className={`rounded px-2 py-0.5 text-xs font-bold ${methodColour[c.method]}`}>{c.method}</span>
        {c.path}
      </h3>
      <p className="font-medium">{c.summary}</p>
      {c.description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{c.description}</p> : null}
      <p className="text-xs text-zinc-500">
        Who: {who} · API key scope: {c.scope}
        {c.permission ? ` · permission: ${c.permission}` : ''} · success: {c.status ?? 200}
      </p>
      {params.length > 0 ? (
        <p className="text-sm">
          Parameters:{' '}
          {params.map((p) => (
            <code key={p.name} className="mr-2">
              {p.name} ({p.in}
              {p.required ? ', required' : ''})
            </code>
          ))}
        </p>
      ) : null}
      {body ? <Schema title="Request body" schema={body} /> : null}
      {ok ? <Schema title="Response" schema={ok} /> : null}
    </article>
  );
}

function Schema({ title, schema }: { title: string; schema: unknown }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">{title}</summary>
      <pre className="mt-1 overflow-x-auto rounded bg-zinc-50 p-2 text-xs dark:bg-zinc-950">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
