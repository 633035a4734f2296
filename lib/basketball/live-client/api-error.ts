// Moved to lib/offline, shared with the golf scorecard's outbox.
export { apiErrorMessage } from '@/lib/offline/api-error';
