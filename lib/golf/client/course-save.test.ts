import { describe, expect, it } from 'vitest';
import { MAYBE_SAVED, saveFailure } from './course-save';

describe('saveFailure', () => {
  it('never claims the course was not saved when the answer was lost', () => {
    expect(saveFailure({ kind: 'no-response' })).toEqual([MAYBE_SAVED]);
    expect(saveFailure({ kind: 'response', status: 502, body: null })).toEqual([MAYBE_SAVED]);
    expect(saveFailure({ kind: 'response', status: 500, body: { error: { message: 'Internal error.' } } })).toEqual([
      MAYBE_SAVED,
    ]);
    expect(saveFailure({ kind: 'response', status: 404, body: null })).toEqual([MAYBE_SAVED]);
    expect(MAYBE_SAVED).not.toMatch(/was not saved/);
  });

  it("shows a refusal's message and every problem it lists", () => {
    const body = {
      error: {
        message: 'The request body is invalid.',
        details: [{ message: 'tee "White": hole 4: par must be 3-6' }, { path: 'name' }],
      },
    };
    expect(saveFailure({ kind: 'response', status: 422, body })).toEqual([
      'The request body is invalid. The course was not saved.',
      'tee "White": hole 4: par must be 3-6',
    ]);
  });
});
