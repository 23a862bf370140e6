// Generates the tray and app icons into assets/ using only Node (PNG bytes written with zlib, ICO
// files wrapping PNGs). Run `node electron/build/icons.mjs`; the generated files are committed.
//   assets/tray/mac/<state>Template.png (+ @2x)  - black + alpha, tinted by the macOS menu bar
//   assets/tray/linux/<state>-<16|22|24|32|48>.png
//   assets/tray/win/<state>.ico                   - 16, 20, 24, 32, 48
//   assets/app/icon-<16..512>.png, assets/app/icon.ico
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../../assets/', import.meta.url));
const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** RGBA pixels (Uint8Array size*size*4) → PNG bytes. */
export function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
/** PNG images → ICO (PNG-compressed entries, Windows Vista and later). */
export function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const dir = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size; e[1] = size >= 256 ? 0 : size; e[2] = 0; e[3] = 0;
    e.writeUInt16LE(1, 4); e.writeUInt16LE(32, 6); e.writeUInt32LE(data.length, 8); e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...dir, ...images.map((i) => i.data)]);
}

// Shapes in a unit square [0,1]²: signed coverage with 4×4 supersampling.
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const SHAPES = {
  idle: (x, y) => inCircle(x, y, 0.5, 0.5, 0.44) && !inCircle(x, y, 0.5, 0.5, 0.3),
  working: (x, y) => inCircle(x, y, 0.5, 0.5, 0.44) && !(inRect(x, y, 0.46, 0.2, 0.54, 0.54) || inRect(x, y, 0.46, 0.46, 0.74, 0.54)),
  paused: (x, y) => inCircle(x, y, 0.5, 0.5, 0.44) && !(inRect(x, y, 0.34, 0.28, 0.44, 0.72) || inRect(x, y, 0.56, 0.28, 0.66, 0.72)),
  warning: (x, y) => {
    const inTri = y >= 0.1 && y <= 0.9 && Math.abs(x - 0.5) <= (y - 0.1) * 0.55;
    const mark = inRect(x, y, 0.46, 0.35, 0.54, 0.66) || inCircle(x, y, 0.5, 0.77, 0.05);
    return inTri && !mark;
  },
};
const COLORS = { idle: [120, 120, 120], working: [46, 125, 50], paused: [230, 150, 0], warning: [198, 40, 40] };

function render(size, shape, [r, g, b]) {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (shape((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)) hits++;
      const i = (y * size + x) * 4;
      px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = Math.round((hits / 16) * 255);
    }
  }
  return png(size, px);
}

const write = (rel, data) => {
  const file = out + rel;
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, data);
};

for (const [state, shape] of Object.entries(SHAPES)) {
  write(`tray/mac/${state}Template.png`, render(16, shape, [0, 0, 0]));
  write(`tray/mac/${state}Template@2x.png`, render(32, shape, [0, 0, 0]));
  for (const size of [16, 22, 24, 32, 48]) write(`tray/linux/${state}-${size}.png`, render(size, shape, COLORS[state]));
  write(`tray/win/${state}.ico`, ico([16, 20, 24, 32, 48].map((size) => ({ size, data: render(size, shape, COLORS[state]) }))));
}
const appShape = (x, y) => inRect(x, y, 0.06, 0.06, 0.94, 0.94) && !(inCircle(x, y, 0.5, 0.5, 0.3) && !inCircle(x, y, 0.5, 0.5, 0.2)) && !inRect(x, y, 0.47, 0.3, 0.53, 0.52);
const appSizes = [16, 32, 48, 64, 128, 256, 512];
for (const size of appSizes) write(`app/icon-${size}.png`, render(size, appShape, [46, 125, 50]));
write('app/icon.ico', ico([16, 32, 48, 64, 128, 256].map((size) => ({ size, data: render(size, appShape, [46, 125, 50]) }))));
console.log(`icons written to ${out}`);
