import { declineRoundContract } from '@/lib/api/contracts/golf';
import { answerRoute } from '../answer-route';

export const POST = answerRoute(declineRoundContract, 'decline');

export { preflight as OPTIONS } from '@/lib/api/preflight';
