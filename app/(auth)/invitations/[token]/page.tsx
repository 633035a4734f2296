import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { AuthCard } from '@/components/auth/auth-card';
import { AcceptInvitationButton } from '@/components/invitations/accept-invitation-button';
import { describeInvitation, invitationByToken, invitationStatus } from '@/lib/auth/invitations';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';

// The token is in the path: no page this one links to may learn it.
export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

const link = 'text-brand-700 underline underline-offset-2 dark:text-brand-500 inline-flex min-h-6 items-center';

const gone = {
  accepted: 'This invitation has been accepted already: a link works once.',
  revoked: 'This invitation was taken back by whoever sent it.',
  expired: 'This invitation has expired: a link lasts 7 days.',
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const token = decodeURIComponent((await params).token);
  const db = await getDb();
  const invitation = await invitationByToken(db, token);
  if (!invitation) {
    return (
      <AuthCard title="Invitation">
        <p className="text-sm" data-testid="invitation-invalid">
          This invitation link is not valid. Check it was copied whole, or ask for a new one.
        </p>
      </AuthCard>
    );
  }
  const status = invitationStatus(invitation);
  const about = await describeInvitation(db, invitation);
  const user = await getCurrentUser();
  const here = `/invitations/${encodeURIComponent(token)}`;
  return (
    <AuthCard title="Invitation">
      <div className="space-y-4 text-sm">
        <p data-testid="invitation-summary">
          {about.inviter ?? 'Someone'} invites you to be <strong>{about.role}</strong> of <strong>{about.scope}</strong>.
        </p>
        {status !== 'pending' ? (
          <p role="status" data-testid="invitation-gone">
            {gone[status]} Ask {about.inviter ?? 'the sender'} for a new one.
          </p>
        ) : user ? (
          <AcceptInvitationButton token={token} signedInAs={user.email} />
        ) : (
          <p data-testid="invitation-sign-in">
            To accept,{' '}
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={link}>
              sign in
            </Link>{' '}
            or{' '}
            <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} className={link}>
              create an account
            </Link>
            ; you come back here after.
          </p>
        )}
      </div>
    </AuthCard>
  );
}
