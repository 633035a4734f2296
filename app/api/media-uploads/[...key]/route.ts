// The disk driver's presigned upload URL: a browser PUTs a file here as it would to S3. The signature
// (issued by POST /api/v1/media/uploads) is the permission; the file is checked when the upload is
// completed (POST /api/v1/media/{id}/complete), which writes the audit row.
import { NextResponse } from 'next/server';
import { readBodyLimited } from '@/lib/api/parse';
import { authSecret } from '@/lib/auth/secret';
import { DomainError } from '@/lib/errors';
import { kindRules, megabytes } from '@/lib/media/kinds';
import { mediaStorage } from '@/lib/storage';
import { verifyDiskUpload } from '@/lib/storage/disk';

const largest = Math.max(...Object.values(kindRules).map((r) => r.maxBytes));

export async function PUT(req: Request, ctx: { params: Promise<{ key: string[] }> }): Promise<Response> {
  const key = (await ctx.params).key.join('/');
  const url = new URL(req.url);
  const contentType = req.headers.get('content-type') ?? '';
  const storage = mediaStorage();
  const signed = verifyDiskUpload(authSecret(), {
    key,
    contentType,
    expires: url.searchParams.get('expires'),
    signature: url.searchParams.get('signature'),
  });
  if (storage.driver !== 'disk' || !signed) {
    return NextResponse.json(
      { error: { code: 'forbidden', message: 'This upload URL is not valid or has expired.' } },
      { status: 403 },
    );
  }
  try {
    const data = await readBodyLimited(req, largest, megabytes(largest));
    await storage.put(key, data, contentType);
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const status = err.code === 'payload_too_large' ? 413 : 400;
    return NextResponse.json({ error: { code: err.code, message: err.message } }, { status });
  }
  return new Response(null, { status: 200 });
}
