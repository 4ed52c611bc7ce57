const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

/** Reads an H.264 RBSP bit by bit (emulation prevention bytes already removed). */
function bitReader(bytes: Uint8Array) {
  let bit = 0;
  const u = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i++, bit++) {
      if (bit >> 3 >= bytes.length) throw new Error("SPS ended early");
      value = value * 2 + ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1);
    }
    return value;
  };
  const ue = () => {
    let zeros = 0;
    while (u(1) === 0) if (++zeros > 31) throw new Error("bad exp-Golomb code");
    return 2 ** zeros - 1 + u(zeros);
  };
  const se = () => {
    const k = ue();
    return k % 2 ? (k + 1) / 2 : -k / 2;
  };
  return { u, ue, se };
}

/**
 * The coded picture size in an AVCDecoderConfigurationRecord (the payload of an FLV AVC sequence
 * header after its 5-byte prefix), from its first SPS, cropping applied; null if it cannot be read.
 */
export function readAvcDimensions(record: Buffer): { width: number; height: number } | null {
  try {
    if (record.length < 8 || (record[5]! & 0x1f) === 0) return null;
    const length = record.readUInt16BE(6);
    const nal = record.subarray(9, 8 + length); // after the 1-byte NAL header
    const rbsp: number[] = [];
    for (let i = 0; i < nal.length; i++) {
      if (i >= 2 && nal[i] === 3 && nal[i - 1] === 0 && nal[i - 2] === 0) continue;
      rbsp.push(nal[i]!);
    }
    const { u, ue, se } = bitReader(Uint8Array.from(rbsp));
    const profile = u(8);
    u(16); // constraint flags, level
    ue(); // seq_parameter_set_id
    let chroma = 1;
    if (HIGH_PROFILES.has(profile)) {
      chroma = ue();
      if (chroma === 3) u(1);
      ue();
      ue();
      u(1);
      if (u(1)) {
        for (let i = 0; i < (chroma === 3 ? 12 : 8); i++) {
          if (!u(1)) continue;
          for (let j = 0, last = 8, next = 8; j < (i < 6 ? 16 : 64); j++) {
            if (next !== 0) next = (last + se() + 256) % 256;
            last = next === 0 ? last : next;
          }
        }
      }
    }
    ue(); // log2_max_frame_num
    const pocType = ue();
    if (pocType === 0) ue();
    else if (pocType === 1) {
      u(1);
      se();
      se();
      for (let i = ue(); i > 0; i--) se();
    }
    ue(); // max_num_ref_frames
    u(1);
    const widthMbs = ue() + 1;
    const heightUnits = ue() + 1;
    const frameMbsOnly = u(1);
    if (!frameMbsOnly) u(1);
    u(1);
    const crop = u(1) ? [ue(), ue(), ue(), ue()] : [0, 0, 0, 0];
    const cropX = chroma === 0 || chroma === 3 ? 1 : 2;
    const cropY = (chroma === 1 ? 2 : 1) * (2 - frameMbsOnly);
    return { width: widthMbs * 16 - (crop[0]! + crop[1]!) * cropX, height: (2 - frameMbsOnly) * heightUnits * 16 - (crop[2]! + crop[3]!) * cropY };
  } catch {
    return null;
  }
}
