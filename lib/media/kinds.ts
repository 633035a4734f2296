// What each kind of media may be: the types found in its bytes and its size limit.

export const mediaKinds = ['logo', 'photo', 'video', 'document'] as const;
export type MediaKind = (typeof mediaKinds)[number];

const MB = 2 ** 20;
const images = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const kindRules: Record<MediaKind, { types: readonly string[]; maxBytes: number; label: string }> = {
  logo: { types: images, maxBytes: 10 * MB, label: 'a JPEG, PNG or WebP image' },
  photo: { types: images, maxBytes: 10 * MB, label: 'a JPEG, PNG or WebP image' },
  video: { types: ['video/mp4', 'video/webm', 'video/quicktime'], maxBytes: 100 * MB, label: 'an MP4, WebM or QuickTime video' },
  document: { types: ['application/pdf'], maxBytes: 20 * MB, label: 'a PDF document' },
};

/** Every type any kind accepts: what an upload may say it is (the bytes are checked regardless). */
export const uploadTypes = [...new Set(Object.values(kindRules).flatMap((r) => r.types)), 'application/octet-stream'];

export const isImage = (kind: MediaKind) => kind === 'logo' || kind === 'photo';

export const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;
