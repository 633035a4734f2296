import type { Metadata } from 'next';
import { ApiReferenceLoader } from '@/components/docs/api-reference-loader';

export const metadata: Metadata = { title: 'API reference' };

export default function ApiDocsPage() {
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">API reference</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The Statline API v1, drawn from its OpenAPI document:{' '}
          <a href="/api/v1/openapi.json" className="text-brand-600 hover:underline dark:text-brand-500">
            /api/v1/openapi.json
          </a>{' '}
          (OpenAPI 3.1, generated from the schemas the server validates with). Create a key under{' '}
          <a href="/settings/api-keys" className="text-brand-600 hover:underline dark:text-brand-500">
            Settings → API keys
          </a>
          .
        </p>
      </header>
      <ApiReferenceLoader />
    </div>
  );
}
