// A file sent as the raw request body (the import routes): one content-type check, one size limit,
// one set of messages. Multipart is refused on purpose: a browser may send it cross-site without a
// preflight, while these types always need one.
import { ApiError } from './errors';
import { readBodyLimited } from './parse';

export interface Upload<T extends string> {
  file: Buffer;
  /** The content type it was sent as, lower case and without parameters. */
  type: T;
}

/** The body as a file of one of `types`, at most `maxMb` MB: 400 for another type or an empty body, 413 past the limit. */
export async function readUpload<const T extends string>(req: Request, types: readonly T[], maxMb: number): Promise<Upload<T>> {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(types as readonly string[]).includes(type)) {
    throw new ApiError('bad_request', `Send the file itself as the body, with Content-Type ${types.join(' or ')}.`);
  }
  const file = await readBodyLimited(req, maxMb * 2 ** 20, `${maxMb} MB`);
  if (file.length === 0) throw new ApiError('bad_request', 'The body is empty: send the file itself as the body.');
  return { file, type: type as T };
}
