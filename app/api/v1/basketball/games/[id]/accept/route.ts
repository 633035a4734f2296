import { acceptGameContract } from '@/lib/api/contracts/basketball-live';
import { answerRoute } from '../answer-route';

export const POST = answerRoute(acceptGameContract, 'accepted');

export { preflight as OPTIONS } from '@/lib/api/preflight';
