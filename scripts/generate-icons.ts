// node scripts/generate-icons.ts — draws the app icons (client/public/icons/*.png) from the
// favicon's shapes, so the PWA manifest has PNGs without an image library or a design tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
const BRAND: Rgba = [0x5b, 0x3f, 0xd1, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const SUPERSAMPLES = 4;

// The favicon's geometry on its 64×64 grid (client/public/favicon.svg).
function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  if (x < 0 || y < 0 || x > 64 || y > 64) return false;
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideGlyph(x: number, y: number): boolean {
  // Body: trapezoid from (30,16)-(34,16) at the top to (24,52)-(40,52) at the bottom.
  if (y >= 16 && y <= 52) {
    const t = (y - 16) / 36;
    if (x >= 30 - 6 * t && x <= 34 + 6 * t) return true;
  }
  // Pendulum: a 4-wide stroke from (32,44) to (44,14) with round caps, and its weight.
  const [ax, ay, bx, by] = [32, 44, 44, 14];
  const t = Math.min(1, Math.max(0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  if ((x - (ax + t * (bx - ax))) ** 2 + (y - (ay + t * (by - ay))) ** 2 <= 4) return true;
  return (x - 41) ** 2 + (y - 22) ** 2 <= 16;
}

/** Maskable icons fill the square and keep the glyph inside the central safe zone. */
function colourAt(x: number, y: number, maskable: boolean): Rgba {
  if (maskable) {
    const scale = 0.72;
    return insideGlyph(32 + (x - 32) / scale, 33 + (y - 32) / scale) ? WHITE : BRAND;
  }
  if (!insideRoundedSquare(x, y, 14)) return CLEAR;
  return insideGlyph(x, y) ? WHITE : BRAND;
}

function render(size: number, maskable: boolean): Buffer {
  const rowBytes = size * 4 + 1;
  const pixels = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    pixels[py * rowBytes] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      // Colour sums weighted by coverage (premultiplied), then averaged over the samples.
      let [red, green, blue, alpha] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLES) / size) * 64;
          const y = ((py + (sy + 0.5) / SUPERSAMPLES) / size) * 64;
          const [r, g, b, a] = colourAt(x, y, maskable);
          red += r * a;
          green += g * a;
          blue += b * a;
          alpha += a;
        }
      }
      const offset = py * rowBytes + 1 + px * 4;
      const unpremultiply = (sum: number) => (alpha === 0 ? 0 : Math.round(sum / alpha));
      pixels.set([unpremultiply(red), unpremultiply(green), unpremultiply(blue), Math.round(alpha / SUPERSAMPLES ** 2)], offset);
    }
  }
  return png(size, pixels);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, rows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const outDir = path.resolve(import.meta.dirname, '..', 'client', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];
for (const icon of icons) {
  writeFileSync(path.join(outDir, icon.file), render(icon.size, icon.maskable));
  console.log(`wrote ${path.join('client/public/icons', icon.file)}`);
}
