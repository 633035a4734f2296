// What an upload really is: its type from its first bytes (never its name or claimed type), and for
// images a re-encoded copy without metadata (EXIF, GPS position, XMP, ICC comments) plus a thumbnail.
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { DomainError } from '@/lib/errors';
import { isImage, kindRules, type MediaKind, megabytes } from './kinds';

export interface Inspected {
  contentType: string;
  /** What to store: the image re-encoded without metadata, or the upload as it came. */
  data: Buffer;
  thumbnail?: Buffer;
  width?: number;
  height?: number;
}

export const THUMBNAIL_TYPE = 'image/webp';
const THUMBNAIL_PX = 320;

/** Checks `data` is a `kind` within its size limit; throws 413 or 415 saying what was found. */
export async function inspectUpload(kind: MediaKind, data: Buffer): Promise<Inspected> {
  const rule = kindRules[kind];
  if (data.length === 0) throw new DomainError('bad_request', 'The file is empty.');
  if (data.length > rule.maxBytes) {
    throw new DomainError(
      'payload_too_large',
      `A ${kind} may be at most ${megabytes(rule.maxBytes)}; this file is ${megabytes(data.length)}.`,
    );
  }
  const found = await fileTypeFromBuffer(data);
  if (!found || !rule.types.includes(found.mime)) {
    const what = found ? `${found.mime} content` : 'no known file type';
    throw new DomainError(
      'unsupported_media_type',
      `A ${kind} must be ${rule.label}, but this file holds ${what} (checked from its contents, whatever its name says).`,
      { kind, detected_type: found?.mime ?? null, accepted_types: rule.types },
    );
  }
  if (!isImage(kind)) return { contentType: found.mime, data };
  return cleanImage(data, found.mime);
}

async function cleanImage(data: Buffer, mime: string): Promise<Inspected> {
  // rotate() turns the picture as its EXIF orientation says, since the orientation tag goes with
  // the rest of the metadata; sharp writes no metadata unless asked (withMetadata), so none is kept.
  const base = () => sharp(data, { failOn: 'error', limitInputPixels: 100_000_000 }).rotate();
  try {
    const encoded = mime === 'image/png' ? base().png() : mime === 'image/webp' ? base().webp() : base().jpeg({ quality: 88 });
    const { data: clean, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await base()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return { contentType: mime, data: clean, thumbnail, width: info.width, height: info.height };
  } catch {
    throw new DomainError(
      'unsupported_media_type',
      `The image could not be read: its contents are damaged or not really ${mime}.`,
    );
  }
}
