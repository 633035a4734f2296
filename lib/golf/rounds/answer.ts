// A golfer's answer to a round someone else put them in: confirm it (it joins their record and, once
// finished, their handicap) or decline it (it never does). One event per golfer and answer, so a
// retried request is the same event.
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { appendEvent } from '@/lib/events/store';
import { uuidFrom } from '../ids';
import { roundStream } from '../tags';
import { roundForWrite } from './access';
import { roundEventTypes } from './events';
import { projectRoundEvent } from './project';
import type { Actor } from './start';

export async function answerRound(db: Db, actor: Actor, roundId: string, answer: 'confirm' | 'decline') {
  const round = await roundForWrite(db, roundId);
  if (!round) throw new DomainError('not_found', `No round ${roundId}.`);
  const mine = round.players.find((p) => p.userId === actor.userId);
  if (!mine) throw new DomainError('rule_violation', 'You do not play in this round: only its golfers confirm or decline it.');
  const type = answer === 'confirm' ? roundEventTypes.confirmed : roundEventTypes.declined;
  return appendEvent(
    db,
    roundStream(roundId),
    {
      id: uuidFrom(type, `${roundId}:${actor.userId}`),
      type,
      data: { position: mine.position },
      actorId: actor.userId,
      requestId: actor.requestId ?? null,
    },
    { project: projectRoundEvent },
  );
}
