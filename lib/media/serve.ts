// Media responses: the stored bytes with the type checked at upload, never something a browser
// would run as a page, and one byte range when asked (video seeking).
import type { Media } from '@/drizzle/schema';
import { DomainError } from '@/lib/errors';
import type { Storage } from '@/lib/storage';
import { parseRange } from '@/lib/storage/range';
import { THUMBNAIL_TYPE } from './inspect';

// Nothing in a media response may run: no scripts, no plugins, no frames, as if in a sandbox.
const safety = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  'cross-origin-resource-policy': 'same-site',
  // Media under one id never changes (a new upload is a new id); private, so a later privacy rule
  // never finds copies in shared caches.
  'cache-control': 'private, max-age=3600',
};

export async function serveMedia(
  storage: Storage,
  m: Media,
  which: 'file' | 'thumbnail',
  rangeHeader: string | null,
): Promise<Response> {
  if (m.status !== 'ready') throw new DomainError('not_found', 'That media is still being uploaded.');
  if (which === 'thumbnail') {
    if (!m.thumbnailKey) throw new DomainError('not_found', 'Only images have a thumbnail.');
    const thumb = await storage.get(m.thumbnailKey);
    if (!thumb) throw new DomainError('not_found', 'The thumbnail is missing from storage.');
    return new Response(thumb.body, {
      headers: { ...safety, 'content-type': THUMBNAIL_TYPE, 'content-length': String(thumb.length) },
    });
  }
  const type = m.contentType ?? 'application/octet-stream';
  const headers: Record<string, string> = {
    ...safety,
    'content-type': type,
    'accept-ranges': 'bytes',
    'content-disposition': m.kind === 'document' ? `attachment; filename="${m.kind}-${m.id}.pdf"` : 'inline',
  };
  const range = parseRange(rangeHeader, m.bytes);
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${m.bytes}` } });
  }
  const object = await storage.get(m.storageKey, range);
  if (!object) throw new DomainError('not_found', 'The file is missing from storage.');
  headers['content-length'] = String(object.length);
  if (!range) return new Response(object.body, { headers });
  headers['content-range'] = `bytes ${range.start}-${range.end}/${m.bytes}`;
  return new Response(object.body, { status: 206, headers });
}
