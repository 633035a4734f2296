import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/auth/auth-card';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';
import { mailConfigured } from '@/lib/auth/mail';

export const metadata: Metadata = { title: 'Forgot password' };
export const dynamic = 'force-dynamic';

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Forgot your password?"
      footer={
        <Link href="/sign-in" className="text-brand-600 hover:underline dark:text-brand-500">
          Back to sign in
        </Link>
      }
    >
      {mailConfigured() ? (
        <>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Enter your account&apos;s email. We will mail you a link to choose a new password; it works once, for an hour.
          </p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-sm" data-testid="reset-by-admin">
          This site does not send mail. Ask an administrator for a password-reset link: it works once, for an hour.
        </p>
      )}
    </AuthCard>
  );
}
