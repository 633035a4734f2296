// One error type for golf input that breaks a rule (a hole that is not on the card, a tee with no
// rating), so callers can tell bad input from a bug and show the message as it is.
export class GolfInputError extends Error {
  readonly code = 'GOLF_INVALID_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'GolfInputError';
  }
}
