import { confirmRoundContract } from '@/lib/api/contracts/golf';
import { answerRoute } from '../answer-route';

export const POST = answerRoute(confirmRoundContract, 'confirm');

export { preflight as OPTIONS } from '@/lib/api/preflight';
