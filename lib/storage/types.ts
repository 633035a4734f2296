// The one storage interface every media feature uses; a driver (disk, s3) implements it.

/** Inclusive byte offsets, already checked against the object's size (lib/storage/range.ts). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  /** Bytes in `body`: the range's length, or the whole object's size. */
  length: number;
}

export interface PresignedUpload {
  /** Where the browser PUTs the bytes itself, before `expiresAt`. */
  url: string;
  method: 'PUT';
  /** Headers the PUT must carry exactly as given (they are part of the signature). */
  headers: Record<string, string>;
  expiresAt: Date;
}

export interface Storage {
  readonly driver: 'disk' | 's3';
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The object (or the range of it); null when there is no such key. */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** Its size in bytes; null when there is no such key. */
  size(key: string): Promise<number | null>;
  /** Removes it; removing a key that is not there is no error. */
  delete(key: string): Promise<void>;
  /**
   * A URL the browser uploads to directly: the store's own (S3), or for disk a signed URL on this
   * app (relative, /api/media-uploads/…) that writes the file the same way.
   */
  presignPut(key: string, contentType: string, expiresSeconds: number): Promise<PresignedUpload>;
}

/** Reads an object whole, refusing one larger than `maxBytes` (a presigned upload may be anything). */
export async function readAll(storage: Storage, key: string, maxBytes: number): Promise<Buffer | 'missing' | 'too_large'> {
  const size = await storage.size(key);
  if (size === null) return 'missing';
  if (size > maxBytes) return 'too_large';
  const object = await storage.get(key);
  if (!object) return 'missing';
  return Buffer.from(await new Response(object.body).arrayBuffer());
}
