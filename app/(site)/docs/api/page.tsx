import type { Metadata } from 'next';
import { ApiConventions } from '@/components/docs/api-conventions';
import { EndpointDoc } from '@/components/docs/endpoint-doc';
import { allContracts } from '@/lib/api/contracts';
import { buildOpenApi } from '@/lib/api/openapi';

export const metadata: Metadata = { title: 'API documentation' };

export default function ApiDocsPage() {
  const doc = buildOpenApi() as { paths: Record<string, Record<string, Record<string, unknown>>> };
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Statline API v1</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Machine-readable:{' '}
          <a href="/api/v1/openapi.json" className="text-brand-600 hover:underline dark:text-brand-500">
            /api/v1/openapi.json
          </a>{' '}
          (OpenAPI 3.1, generated from the same schemas the server validates with).
        </p>
      </header>
      <ApiConventions />
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">Endpoints</h2>
        {allContracts.map((c) => (
          <EndpointDoc key={`${c.method} ${c.path}`} contract={c} operation={doc.paths[c.path]?.[c.method.toLowerCase()] ?? {}} />
        ))}
      </section>
    </div>
  );
}
