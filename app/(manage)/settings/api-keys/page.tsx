import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiKeysManager } from '@/components/auth/api-keys-manager';
import { listApiKeys, toApiKeyJson } from '@/lib/auth/api-keys';
import { requireUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const user = await requireUser('/settings/api-keys');
  const keys = await listApiKeys(await getDb(), user.id);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">API keys</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Keys let programs call the{' '}
        <Link href="/docs/api" className="text-brand-600 hover:underline dark:text-brand-500">
          Statline API
        </Link>{' '}
        as you: send <code>Authorization: Bearer &lt;key&gt;</code>. A read key can only read.
      </p>
      <ApiKeysManager keys={keys.map(toApiKeyJson)} />
    </div>
  );
}
