// Media fixtures made on the spot: a PDF small enough to read, and JPEGs that carry a GPS position.
import sharp from 'sharp';

/** The smallest PDF a content sniffer recognises (it starts with the %PDF- magic bytes). */
export const tinyPdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

/** A 64×48 JPEG whose EXIF names the camera and holds a GPS position (as a phone's photo would). */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'StatlineCam', Model: 'Fixture 1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 44/1 5400/100', GPSLongitudeRef: 'W', GPSLongitude: '73/1 59/1 1200/100' },
    })
    .toBuffer();
}
