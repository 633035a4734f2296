import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectUpload } from './inspect';

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 60 } } });

describe('inspectUpload', () => {
  it('turns a photo upright by its EXIF orientation before dropping the tag', async () => {
    // Stored 64×48 and tagged "rotate 90° clockwise" (orientation 6), as a phone held upright saves it.
    const tagged = await image(64, 48).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const out = await inspectUpload('photo', tagged);
    expect([out.width, out.height]).toEqual([48, 64]);
    const meta = await sharp(out.data).metadata();
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
  });

  it('keeps a PNG a PNG and makes a WebP thumbnail no larger than 320 px', async () => {
    const out = await inspectUpload('logo', await image(800, 400).png().toBuffer());
    expect(out.contentType).toBe('image/png');
    const thumb = await sharp(out.thumbnail).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 320, 160]);
  });

  it('takes a PDF as a document as it came, and refuses it as a photo or a video', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
    expect(await inspectUpload('document', pdf)).toEqual({ contentType: 'application/pdf', data: pdf });
    await expect(inspectUpload('photo', pdf)).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(inspectUpload('video', pdf)).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses an image as a document, and a file over the kind’s limit before looking inside', async () => {
    const png = await image(8, 8).png().toBuffer();
    await expect(inspectUpload('document', png)).rejects.toThrow(/must be a PDF document, but this file holds image\/png/);
    await expect(inspectUpload('photo', Buffer.alloc(10 * 2 ** 20 + 1))).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses a file whose header says JPEG but whose image data is broken', async () => {
    const jpeg = await image(64, 48).jpeg().toBuffer();
    const broken = Buffer.concat([jpeg.subarray(0, 200), Buffer.alloc(50, 0)]);
    await expect(inspectUpload('photo', broken)).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });
});
