import { describe, expect, it } from 'vitest';
import { newEventId } from './event-id';

describe('newEventId', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('makes v4 uuids with or without randomUUID', () => {
    expect(newEventId()).toMatch(uuid);
    const insecure = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) };
    expect(newEventId(insecure)).toMatch(uuid);
  });
});
