// Media: team logos, player and game photos, short videos and documents. Uploads are checked by
// their contents, images lose their metadata (GPS position included), and a team's uploads share
// one quota. Files are served with the checked type, never as a page.
import { z } from 'zod';
import { kindRules, mediaKinds, megabytes } from '@/lib/media/kinds';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';

const tag = 'Media';
const id = z.coerce.number().int().positive();
const limits = mediaKinds.map((k) => `${k} ${megabytes(kindRules[k].maxBytes)}`).join(', ');

export const mediaView = z.object({
  id: z.uuid(),
  kind: z.enum(mediaKinds),
  status: z.enum(['pending', 'ready']).describe('pending: a direct upload not yet completed; only ready media are served'),
  content_type: z.string().nullable().describe('Found in the file itself, not taken from the uploader'),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  team_id: z.number().int(),
  player_id: z.number().int().nullable(),
  game_id: z.number().int().nullable(),
  url: z.string().describe('The file (supports Range requests)'),
  thumbnail_url: z.string().nullable().describe('A small WebP of an image; null for videos and documents'),
  created_at: z.iso.datetime(),
});

const target = {
  kind: z.enum(mediaKinds),
  team_id: id.describe('The team it belongs to: its quota is charged, its coaches may upload'),
  player_id: id.optional().describe("A player on the team's roster the media shows"),
  game_id: id.optional().describe('A game of the team the media shows'),
};
const mediaParams = z.object({ id: uuidInput('must be a media id') });

export const uploadMediaContract = defineContract({
  method: 'POST',
  path: '/api/v1/media',
  summary: 'Upload a logo, photo, video or document',
  description:
    'The request body is the file itself, with its Content-Type (or application/octet-stream). The type is ' +
    'checked from the contents: a file that is not what `kind` needs is refused with 415, whatever its name or ' +
    `Content-Type. Size limits: ${limits} (413 beyond, and past the team's quota). Images are turned upright, ` +
    're-encoded without any metadata (EXIF, GPS position) and given a thumbnail.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'media:upload',
  upload: 'image/jpeg',
  query: z.strictObject(target),
  response: mediaView,
  status: 201,
  audit: { action: 'media.upload', target: { type: 'media', id: (_p, data) => data.id } },
});

export const presignMediaContract = defineContract({
  method: 'POST',
  path: '/api/v1/media/uploads',
  summary: 'Start a direct upload to the object store',
  description:
    "Answers a presigned URL (with S3 storage the store's own; with disk storage a signed URL on this server): " +
    'PUT the file there with the headers given, then call `POST /api/v1/media/{id}/complete`. The file is ' +
    'checked only then; until then the media stays pending and is never served. The URL expires in 15 minutes.',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'media:upload',
  body: z.strictObject({
    ...target,
    content_type: z.string().trim().toLowerCase().max(100),
    bytes: z.number().int().positive().describe('The size of the file to send; the quota is reserved for it'),
  }),
  response: z.object({
    media: mediaView,
    upload: z.object({
      url: z.string(),
      method: z.literal('PUT'),
      headers: z.record(z.string(), z.string()),
      expires_at: z.iso.datetime(),
    }),
  }),
  status: 201,
  audit: { action: 'media.upload-start', target: { type: 'media', id: (_p, data) => data.media.id } },
});

export const completeMediaContract = defineContract({
  method: 'POST',
  path: '/api/v1/media/{id}/complete',
  summary: 'Finish a direct upload: the server checks the file',
  description:
    'Reads the uploaded file back, checks its type from its contents, strips image metadata and makes the ' +
    'thumbnail. A file that is not what the media kind needs is deleted and refused (415).',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'media:upload',
  params: mediaParams,
  response: mediaView,
  audit: { action: 'media.upload-complete', target: { type: 'media', id: (p) => p.id } },
});

export const deleteMediaContract = defineContract({
  method: 'DELETE',
  path: '/api/v1/media/{id}',
  summary: 'Delete media (its file and thumbnail too)',
  tag,
  auth: 'user',
  scope: 'write',
  permission: 'media:upload',
  params: mediaParams,
  status: 204,
  audit: { action: 'media.delete', target: { type: 'media', id: (p) => p.id } },
});

export const getMediaContract = defineContract({
  method: 'GET',
  path: '/api/v1/media/{id}',
  summary: 'One media item',
  tag,
  auth: 'public',
  scope: 'read',
  params: mediaParams,
  response: mediaView,
});

export const listMediaContract = defineContract({
  method: 'GET',
  path: '/api/v1/media',
  summary: 'Media of a team, a player or a game, newest first',
  tag,
  auth: 'public',
  scope: 'read',
  query: z
    .strictObject({
      team_id: id.optional(),
      player_id: id.optional(),
      game_id: id.optional(),
      kind: z.enum(mediaKinds).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
    })
    .refine((q) => q.team_id ?? q.player_id ?? q.game_id, { message: 'name a team_id, player_id or game_id' }),
  response: z.array(mediaView),
});

export const mediaFileContract = defineContract({
  method: 'GET',
  path: '/api/v1/media/{id}/file',
  summary: 'The file itself',
  description:
    'Served with the type found at upload, `X-Content-Type-Options: nosniff` and a CSP that runs nothing; ' +
    'documents as attachments. Supports `Range: bytes=…` (206 with Content-Range; 416 for a range outside the file).',
  tag,
  auth: 'public',
  scope: 'read',
  params: mediaParams,
  // The recorded example is a document, so its type comes first.
  download: [...new Set(['application/pdf', ...mediaKinds.flatMap((k) => kindRules[k].types)])],
});

export const mediaThumbnailContract = defineContract({
  method: 'GET',
  path: '/api/v1/media/{id}/thumbnail',
  summary: "An image's thumbnail (WebP, at most 320 px a side)",
  tag,
  auth: 'public',
  scope: 'read',
  params: mediaParams,
  download: ['image/webp'],
});

export const mediaContracts = [
  uploadMediaContract,
  presignMediaContract,
  completeMediaContract,
  deleteMediaContract,
  getMediaContract,
  listMediaContract,
  mediaFileContract,
  mediaThumbnailContract,
];
