import type { Metadata } from 'next';
import { SectionPlaceholder } from '@/components/ui/section-placeholder';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <SectionPlaceholder title="Sign in">
      Accounts (sign-up, sign-in, API keys) arrive with the accounts release. Everything on Statline can be read without an
      account.
    </SectionPlaceholder>
  );
}
