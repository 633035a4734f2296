import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password', referrer: 'no-referrer' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password">
      {typeof token === 'string' && token.length > 0 ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-sm">
          This link has no reset token.{' '}
          <Link href="/forgot-password" className="text-brand-600 hover:underline dark:text-brand-500">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </AuthCard>
  );
}
