// Moved to lib/offline, shared with the golf scorecard's outbox.
export { newEventId } from '@/lib/offline/event-id';
