// argon2id with the library's defaults (OWASP-recommended memory and time costs).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/** What a new password must be, at sign-up and when changed. */
export const newPassword = z.string().min(10, 'must be at least 10 characters').max(200);

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
