// Golf input that breaks a rule (a hole that is not on the card, a tee with no rating, a round
// already finished). The code is the API's `rule_violation`, so a route answers 422 with the
// message as it is, and callers can still tell bad input from a bug.
export class GolfInputError extends Error {
  readonly code = 'rule_violation';
  constructor(message: string) {
    super(message);
    this.name = 'GolfInputError';
  }
}
