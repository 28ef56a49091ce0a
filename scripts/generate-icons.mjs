// Regenerates resources/icon.png and the tray icons (resources/tray/*) for every state and OS.
// Pure Node (zlib + hand-written PNG/ICO containers) so it runs anywhere: `node scripts/generate-icons.mjs`.
// Each state has its own shape, not only its own colour (macOS template images are monochrome).
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); header.writeUInt16LE(1, 2); header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size; header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8); header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

// Coverage of a pixel by a shape, 4x4 supersampled. Shapes are in unit space [-1, 1].
const SHAPES = {
  ok: (x, y) => x * x + y * y <= 0.8 * 0.8, // filled disc
  attention: (x, y) => { // disc with an exclamation mark cut out
    const inDisc = x * x + y * y <= 0.85 * 0.85;
    const bar = Math.abs(x) < 0.12 && y > -0.55 && y < 0.15;
    const dot = x * x + (y - 0.42) * (y - 0.42) < 0.14 * 0.14;
    return inDisc && !bar && !dot;
  },
  error: (x, y) => { // disc with an X cut out
    const inDisc = x * x + y * y <= 0.85 * 0.85;
    const d1 = Math.abs(x - y) / Math.SQRT2, d2 = Math.abs(x + y) / Math.SQRT2;
    const cross = (d1 < 0.12 || d2 < 0.12) && Math.abs(x) < 0.45 && Math.abs(y) < 0.45;
    return inDisc && !cross;
  },
  syncing: (x, y) => { const r = Math.hypot(x, y); return r <= 0.85 && r >= 0.55 && !(x > 0 && y < 0 && x > -y * 0.2); }, // open ring
  app: (x, y) => { // rounded square with a ledger line
    const inSq = Math.max(Math.abs(x), Math.abs(y)) <= 0.9 && !(Math.hypot(Math.max(Math.abs(x) - 0.6, 0), Math.max(Math.abs(y) - 0.6, 0)) > 0.3);
    const line = Math.abs(y) < 0.07 && Math.abs(x) < 0.55;
    const line2 = Math.abs(y - 0.35) < 0.07 && Math.abs(x) < 0.55;
    const line3 = Math.abs(y + 0.35) < 0.07 && Math.abs(x) < 0.3;
    return inSq && !line && !line2 && !line3;
  },
};
const COLORS = { ok: [46, 125, 50], attention: [230, 145, 0], error: [198, 40, 40], syncing: [21, 101, 192], app: [0, 105, 120] };

function render(shape, size, [r, g, b]) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let hits = 0;
    for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
      const x = ((px + (sx + 0.5) / 4) / size) * 2 - 1, y = ((py + (sy + 0.5) / 4) / size) * 2 - 1;
      if (SHAPES[shape](x, y)) hits++;
    }
    const i = (py * size + px) * 4;
    out[i] = r; out[i + 1] = g; out[i + 2] = b; out[i + 3] = Math.round((hits / 16) * 255);
  }
  return png(size, out);
}

mkdirSync('resources/tray', { recursive: true });
writeFileSync('resources/icon.png', render('app', 512, COLORS.app));
for (const state of ['ok', 'attention', 'error', 'syncing']) {
  writeFileSync(`resources/tray/${state}.png`, render(state, 32, COLORS[state])); // Linux
  writeFileSync(`resources/tray/${state}@2x.png`, render(state, 64, COLORS[state]));
  writeFileSync(`resources/tray/${state}Template.png`, render(state, 16, [0, 0, 0])); // macOS menu bar
  writeFileSync(`resources/tray/${state}Template@2x.png`, render(state, 32, [0, 0, 0]));
  writeFileSync(`resources/tray/${state}.ico`, ico([16, 24, 32, 48].map((s) => ({ size: s, data: render(state, s, COLORS[state]) })))); // Windows
}
writeFileSync('resources/icon.ico', ico([16, 32, 48, 256].map((s) => ({ size: s, data: render('app', s, COLORS.app) }))));
console.log('icons written to resources/');
