// Profiles whose SPS carries chroma format, bit depths and scaling matrices (H.264 7.3.2.1.1).
const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

/** Picture size from an AVCDecoderConfigurationRecord (the FLV/RTMP AVC sequence header body), or null. */
export function parseAvcSequenceHeader(record: Buffer): { width: number; height: number; profile: number; level: number } | null {
  try {
    if (record.length < 8 || record.readUInt8(0) !== 1 || (record.readUInt8(5) & 0x1f) === 0) return null;
    const spsLength = record.readUInt16BE(6);
    if (record.length < 8 + spsLength || spsLength < 4) return null;
    return parseSps(record.subarray(8, 8 + spsLength));
  } catch {
    return null; // a truncated SPS: the size stays unknown rather than wrong
  }
}

function parseSps(nal: Buffer) {
  // Drop emulation-prevention bytes (00 00 03 → 00 00) and the NAL header byte.
  const bytes: number[] = [];
  for (let i = 1, zeros = 0; i < nal.length; i++) {
    const b = nal.readUInt8(i);
    if (zeros >= 2 && b === 3) {
      zeros = 0;
      continue;
    }
    zeros = b === 0 ? zeros + 1 : 0;
    bytes.push(b);
  }
  let bit = 0;
  const u = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++, bit++) {
      const byte = bytes[bit >> 3];
      if (byte === undefined) throw new Error("SPS ends early");
      v = v * 2 + ((byte >> (7 - (bit & 7))) & 1);
    }
    return v;
  };
  const ue = () => {
    let zeros = 0;
    while (u(1) === 0) if (++zeros > 31) throw new Error("bad Exp-Golomb code");
    return 2 ** zeros - 1 + u(zeros);
  };
  const se = () => {
    const k = ue();
    return k % 2 ? (k + 1) / 2 : -k / 2;
  };

  const profile = u(8);
  u(8);
  const level = u(8);
  ue();
  let chromaFormat = 1;
  if (HIGH_PROFILES.has(profile)) {
    chromaFormat = ue();
    if (chromaFormat === 3 && u(1)) chromaFormat = 0; // separate colour planes: no chroma subsampling
    ue();
    ue();
    u(1);
    if (u(1)) {
      for (let i = 0; i < (chromaFormat === 3 ? 12 : 8); i++) {
        if (!u(1)) continue;
        for (let j = 0, last = 8, next = 8; j < (i < 6 ? 16 : 64) && next !== 0; j++) {
          next = (last + se() + 256) % 256;
          last = next === 0 ? last : next;
        }
      }
    }
  }
  ue();
  const pocType = ue();
  if (pocType === 0) ue();
  else if (pocType === 1) {
    u(1);
    se();
    se();
    const cycle = ue();
    for (let i = 0; i < cycle; i++) se();
  }
  ue();
  u(1);
  const widthMbs = ue() + 1;
  const heightUnits = ue() + 1;
  const frameMbsOnly = u(1);
  if (!frameMbsOnly) u(1);
  u(1);
  let [left, right, top, bottom] = [0, 0, 0, 0];
  if (u(1)) [left, right, top, bottom] = [ue(), ue(), ue(), ue()];
  const cropX = chromaFormat === 1 || chromaFormat === 2 ? 2 : 1;
  const cropY = (chromaFormat === 1 ? 2 : 1) * (2 - frameMbsOnly);
  return {
    width: widthMbs * 16 - cropX * (left + right),
    height: (2 - frameMbsOnly) * heightUnits * 16 - cropY * (top + bottom),
    profile,
    level,
  };
}
