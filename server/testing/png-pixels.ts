/**
 * Test helper: the smallest PNG codec the media tests need — write a solid RGBA image (a watermark)
 * and read 8-bit RGB/RGBA pixels back (ffmpeg's PNG thumbnails), all five row filters.
 */
import zlib from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export const pngPixels = {
  solid(width: number, height: number, rgba: [number, number, number, number]): Buffer {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(width, 0);
    ihdr.writeUInt32BE(height, 4);
    ihdr.set([8, 6, 0, 0, 0], 8);
    const row = Buffer.concat([Buffer.from([0]), ...Array.from({ length: width }, () => Buffer.from(rgba))]);
    const raw = Buffer.concat(Array.from({ length: height }, () => row));
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  },
  /** RGB of pixel (x, y). */
  read(png: Buffer): { width: number; height: number; at(x: number, y: number): [number, number, number] } {
    let offset = 8;
    let width = 0, height = 0, channels = 3;
    const idat: Buffer[] = [];
    while (offset < png.length) {
      const length = png.readUInt32BE(offset);
      const type = png.toString("ascii", offset + 4, offset + 8);
      const data = png.subarray(offset + 8, offset + 8 + length);
      if (type === "IHDR") {
        width = data.readUInt32BE(0);
        height = data.readUInt32BE(4);
        if (data[8] !== 8 || ![2, 6].includes(data[9]!)) throw new Error(`unsupported PNG: depth ${data[8]} colour type ${data[9]}`);
        channels = data[9] === 6 ? 4 : 3;
      } else if (type === "IDAT") idat.push(data);
      offset += 12 + length;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    const out = Buffer.alloc(height * stride);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)]!;
      for (let i = 0; i < stride; i++) {
        const x = raw[y * (stride + 1) + 1 + i]!;
        const a = i >= channels ? out[y * stride + i - channels]! : 0;
        const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
        const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
        out[y * stride + i] = (x + predicted) & 0xff;
      }
    }
    return { width, height, at: (x, y) => [0, 1, 2].map((k) => out[y * stride + x * channels + k]!) as [number, number, number] };
  },
};
