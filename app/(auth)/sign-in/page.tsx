import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          <Link href="/forgot-password" className="text-brand-600 hover:underline dark:text-brand-500">
            Forgot password?
          </Link>
          <br />
          New here?{' '}
          <Link href="/sign-up" className="text-brand-700 underline underline-offset-2 dark:text-brand-500">
            Create an account
          </Link>
        </>
      }
    >
      <Suspense>
        <SignInForm />
      </Suspense>
    </AuthCard>
  );
}
