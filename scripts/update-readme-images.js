#!/usr/bin/env node
// Refreshes the README pictures in docs/images/ from the UI tier's screenshots in .screenshots/:
//   npm run test:ui && node scripts/update-readme-images.js
// Each picture is copied, cropped where the screenshot has more than the picture needs. The crops are in
// screenshot pixels and follow the layout test/ui/run-ui.js produces (a 1400×900 window). A small PNG reader and writer (8-bit RGB or RGBA, not
// interlaced, which is what chromium writes) keeps this free of image dependencies.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const FROM = path.join(ROOT, '.screenshots');
const TO = path.join(ROOT, 'docs', 'images');
const MAX_BYTES = 250 * 1024;

// target name → source screenshot and an optional crop { x, y, width, height } (clamped to the image).
const IMAGES = [
  { name: 'tree.png', from: 'tree-statusbar.png' }, // Customers view and the status bar
  { name: 'tree-accounts.png', from: 'tree-accounts.png' }, // accounts with their people, at the default width
  { name: 'tree-mentions.png', from: 'tree-mentions.png' }, // a customer's mentions in meeting notes
  // run-ui.js already cuts these to the top sections of the dashboard.
  { name: 'dashboard-dark.png', from: 'dashboard-dark.png' },
  { name: 'dashboard-light.png', from: 'dashboard-light.png' },
  // A customer note's front matter with its CodeLens and a quick fix offered for a mistyped cadence.
  { name: 'writing-notes.png', from: 'quick-fix.png', crop: { x: 555, y: 60, width: 845, height: 330 } },
  // The meeting brief in the Markdown preview, beside the tree.
  { name: 'meeting-brief.png', from: 'brief.png', crop: { x: 0, y: 0, width: 1400, height: 700 } },
  // The "When were you in touch?" pick over the tree, and the note's front matter under it.
  { name: 'log-contact.png', from: 'log-contact.png', crop: { x: 0, y: 0, width: 1400, height: 290 } },
  // Import Calendar…'s preview over the tree (test/ui/calendarImport.js).
  { name: 'calendar-preview.png', from: 'calendar-preview.png', crop: { x: 0, y: 0, width: 1010, height: 460 } },
];

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// → { width, height, channels, pixels } with the raw rows (no filter bytes).
function readPng(file) {
  const data = fs.readFileSync(file);
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${file} is not a PNG`);
  let offset = 8;
  let header;
  const idat = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colorType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header.colorType];
  if (header.depth !== 8 || !channels || header.interlace) {
    throw new Error(`${file}: only 8-bit RGB/RGBA non-interlaced PNGs are supported (depth ${header.depth}, colour type ${header.colorType})`);
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? out[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`${file}: bad filter type ${filter} in row ${y}`);
      out[i] = (line[i] + predictor) & 0xff;
    }
  }
  return { width: header.width, height: header.height, channels, pixels };
}

function chunk(type, body) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

// Each row gets the filter with the smallest sum of absolute differences, the usual heuristic.
function writePng(file, { width, height, channels, pixels }) {
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  const candidate = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y ? pixels.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    let bestScore = Infinity;
    for (let f = 0; f < 5; f++) {
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= channels ? row[i - channels] : 0;
        const b = prev[i];
        const c = i >= channels ? prev[i - channels] : 0;
        const v = (row[i] - [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]) & 0xff;
        candidate[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) {
        bestScore = score;
        raw[y * (stride + 1)] = f;
        candidate.copy(raw, y * (stride + 1) + 1);
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 4 ? 6 : 2;
  fs.writeFileSync(file, Buffer.concat([SIGNATURE, chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
}

// Drops an alpha channel that is opaque everywhere: a quarter fewer bytes to compress.
function withoutOpaqueAlpha(img) {
  if (img.channels !== 4) return img;
  for (let i = 3; i < img.pixels.length; i += 4) if (img.pixels[i] !== 255) return img;
  const rgb = Buffer.alloc((img.pixels.length / 4) * 3);
  for (let i = 0, j = 0; i < img.pixels.length; i += 4, j += 3) img.pixels.copy(rgb, j, i, i + 3);
  return { ...img, channels: 3, pixels: rgb };
}

function crop(img, { x, y, width, height }) {
  const w = Math.min(width, img.width - x);
  const h = Math.min(height, img.height - y);
  const out = Buffer.alloc(w * h * img.channels);
  for (let row = 0; row < h; row++) {
    const start = ((y + row) * img.width + x) * img.channels;
    img.pixels.copy(out, row * w * img.channels, start, start + w * img.channels);
  }
  return { ...img, width: w, height: h, pixels: out };
}

function main() {
  fs.mkdirSync(TO, { recursive: true });
  const missing = IMAGES.filter((i) => !fs.existsSync(path.join(FROM, i.from)));
  if (missing.length) {
    console.error(`missing in ${path.relative(ROOT, FROM)}/: ${missing.map((i) => i.from).join(', ')}; run npm run test:ui first`);
    return 1;
  }
  let tooBig = 0;
  for (const image of IMAGES) {
    let img = withoutOpaqueAlpha(readPng(path.join(FROM, image.from)));
    if (image.crop) img = crop(img, image.crop);
    const target = path.join(TO, image.name);
    writePng(target, img);
    const bytes = fs.statSync(target).size;
    if (bytes > MAX_BYTES) tooBig++;
    console.log(`${path.relative(ROOT, target)}  ${img.width}×${img.height}  ${Math.round(bytes / 1024)} KB${bytes > MAX_BYTES ? '  (over 250 KB)' : ''}  from ${image.from}`);
  }
  return tooBig ? 1 : 0;
}

process.exitCode = main();
