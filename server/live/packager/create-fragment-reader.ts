const MAX_BOX_BYTES = 64 * 1024 * 1024;

export type FragmentReaderEvents = {
  /** ftyp + moov, once. */
  onInit(bytes: Buffer): void;
  /** One moof + its mdat. */
  onFragment(bytes: Buffer): void;
};

/**
 * Splits a fragmented MP4 byte stream, arriving in arbitrary chunks, into its init segment and its
 * moof+mdat pairs. Other top-level boxes (free, styp, sidx, prft, mfra…) are dropped. Throws on bytes
 * that are not ISO-BMFF boxes.
 */
export function createFragmentReader(events: FragmentReaderEvents): { push(chunk: Buffer): void } {
  let chunks: Buffer[] = [];
  let length = 0;
  let ftyp: Buffer | null = null;
  let moof: Buffer | null = null;
  let initSent = false;

  const take = (size: number): Buffer => {
    const first = chunks[0]!;
    let box: Buffer;
    if (first.length >= size) {
      box = first.subarray(0, size);
      if (first.length === size) chunks.shift();
      else chunks[0] = first.subarray(size);
    } else {
      const all = Buffer.concat(chunks, length);
      box = all.subarray(0, size);
      chunks = size < all.length ? [all.subarray(size)] : [];
    }
    length -= size;
    return box;
  };
  const peek = (bytes: number): Buffer => {
    if (chunks[0]!.length >= bytes) return chunks[0]!;
    const head: Buffer[] = [];
    let got = 0;
    for (const chunk of chunks) {
      if (got >= bytes) break;
      head.push(chunk);
      got += chunk.length;
    }
    return Buffer.concat(head);
  };

  const handle = (type: string, box: Buffer) => {
    if (type === "ftyp") ftyp = box;
    else if (type === "moov" && !initSent) {
      initSent = true;
      events.onInit(ftyp ? Buffer.concat([ftyp, box]) : box);
    } else if (type === "moof") moof = box;
    else if (type === "mdat" && moof) {
      const fragment = Buffer.concat([moof, box]);
      moof = null;
      events.onFragment(fragment);
    }
  };

  return {
    push(chunk) {
      if (!chunk.length) return;
      chunks.push(chunk);
      length += chunk.length;
      while (length >= 8) {
        const head = peek(Math.min(16, length));
        let size = head.readUInt32BE(0);
        const type = head.toString("latin1", 4, 8);
        if (size === 1) {
          if (length < 16) return;
          size = Number(head.readBigUInt64BE(8));
        }
        if (!/^[\x20-\x7e]{4}$/.test(type) || size < 8 || size > MAX_BOX_BYTES) {
          throw new Error(`not a fragmented MP4 stream (box "${type}" of ${size} bytes)`);
        }
        if (length < size) return;
        handle(type, take(size));
      }
    },
  };
}
