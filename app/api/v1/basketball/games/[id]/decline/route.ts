import { declineGameContract } from '@/lib/api/contracts/basketball-live';
import { answerRoute } from '../answer-route';

export const POST = answerRoute(declineGameContract, 'declined');

export { preflight as OPTIONS } from '@/lib/api/preflight';
