/** One ISO-BMFF box inside a buffer: `start` is its first byte, `body` the first byte after its header. */
export type Box = { type: string; start: number; body: number; end: number };

/** The boxes laid end to end in buf[start, end); throws on a size that does not fit. */
export function readBoxes(buf: Buffer, start = 0, end = buf.length): Box[] {
  const boxes: Box[] = [];
  let at = start;
  while (at + 8 <= end) {
    let size = buf.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > end) break;
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = end - at;
    if (size < header || at + size > end) throw new Error(`ISO box ${buf.toString("latin1", at + 4, at + 8)} overruns its parent`);
    boxes.push({ type: buf.toString("latin1", at + 4, at + 8), start: at, body: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

/** The children of `parent` (skipping `skip` bytes of the parent's own fields first). */
export const childrenOf = (buf: Buffer, parent: Box, skip = 0): Box[] => readBoxes(buf, parent.body + skip, parent.end);

export const childOf = (buf: Buffer, parent: Box, type: string, skip = 0): Box | undefined =>
  childrenOf(buf, parent, skip).find((b) => b.type === type);

/** Follows a path of box types down from `parent`, e.g. ["mdia", "minf", "stbl"]. */
export function descend(buf: Buffer, parent: Box, path: string[]): Box | undefined {
  let box: Box | undefined = parent;
  for (const type of path) {
    if (!box) return undefined;
    box = childOf(buf, box, type);
  }
  return box;
}

/** Full boxes start with one byte of version and three of flags. */
export const fullBoxHeader = (buf: Buffer, box: Box) => ({ version: buf[box.body]!, flags: buf.readUIntBE(box.body + 1, 3) });
