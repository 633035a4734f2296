import { describe, expect, it } from 'vitest';
import { diskStorage, verifyDiskUpload } from './disk';

describe('disk presigned uploads', () => {
  const secret = 'a test secret of some length';
  const storage = diskStorage('/nonexistent-statline-media', () => secret);
  const signed = async (key = 'media/1/abc', type = 'application/pdf') => {
    const upload = await storage.presignPut(key, type, 60);
    const url = new URL(upload.url, 'http://localhost');
    return { key, contentType: type, expires: url.searchParams.get('expires'), signature: url.searchParams.get('signature') };
  };

  it('accepts its own URL for the same key and type until it expires', async () => {
    const q = await signed();
    expect(verifyDiskUpload(secret, q)).toBe(true);
    expect(verifyDiskUpload(secret, q, Number(q.expires) * 1000 + 1)).toBe(false);
  });

  it('refuses another key, another type, another secret or a changed expiry', async () => {
    const q = await signed();
    expect(verifyDiskUpload(secret, { ...q, key: 'media/1/other' })).toBe(false);
    expect(verifyDiskUpload(secret, { ...q, contentType: 'text/html' })).toBe(false);
    expect(verifyDiskUpload('another secret entirely', q)).toBe(false);
    expect(verifyDiskUpload(secret, { ...q, expires: String(Number(q.expires) + 3600) })).toBe(false);
    expect(verifyDiskUpload(secret, { ...q, signature: null })).toBe(false);
  });

  it('refuses to sign a key that could leave its folder', async () => {
    await expect(storage.presignPut('../etc/passwd', 'application/pdf', 60)).rejects.toThrow(/bad storage key/);
  });
});
