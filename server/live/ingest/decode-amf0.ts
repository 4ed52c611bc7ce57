/** An AMF0 value as RTMP commands and FLV script tags carry it. */
export type Amf0Value = number | boolean | string | null | undefined | Date | Amf0Value[] | { [key: string]: Amf0Value };

const MAX_DEPTH = 16;

/** Decodes consecutive AMF0 values (a command, or a script tag's name and data); throws on malformed input. */
export function decodeAmf0(data: Buffer): Amf0Value[] {
  const values: Amf0Value[] = [];
  let offset = 0;

  const need = (n: number) => {
    if (offset + n > data.length) throw new Error("AMF0 data is truncated");
  };
  const readString = (long: boolean) => {
    need(long ? 4 : 2);
    const length = long ? data.readUInt32BE(offset) : data.readUInt16BE(offset);
    offset += long ? 4 : 2;
    need(length);
    const text = data.toString("utf8", offset, offset + length);
    offset += length;
    return text;
  };
  const readProperties = (depth: number) => {
    const object: { [key: string]: Amf0Value } = {};
    for (;;) {
      const key = readString(false);
      need(1);
      if (key === "" && data.readUInt8(offset) === 0x09) {
        offset += 1;
        return object;
      }
      object[key] = readValue(depth + 1);
    }
  };
  const readValue = (depth: number): Amf0Value => {
    if (depth > MAX_DEPTH) throw new Error("AMF0 data is nested too deeply");
    need(1);
    const marker = data.readUInt8(offset);
    offset += 1;
    switch (marker) {
      case 0x00:
        need(8);
        offset += 8;
        return data.readDoubleBE(offset - 8);
      case 0x01:
        need(1);
        offset += 1;
        return data.readUInt8(offset - 1) !== 0;
      case 0x02:
        return readString(false);
      case 0x03:
        return readProperties(depth);
      case 0x05:
        return null;
      case 0x06:
        return undefined;
      case 0x08: // ECMA array: a count hint, then properties like an object
        need(4);
        offset += 4;
        return readProperties(depth);
      case 0x0a: {
        need(4);
        const count = data.readUInt32BE(offset);
        offset += 4;
        const items: Amf0Value[] = [];
        for (let i = 0; i < count; i++) items.push(readValue(depth + 1));
        return items;
      }
      case 0x0b:
        need(10);
        offset += 10;
        return new Date(data.readDoubleBE(offset - 10));
      case 0x0c:
        return readString(true);
      default:
        throw new Error(`AMF0 type 0x${marker.toString(16)} is not supported`);
    }
  };

  while (offset < data.length) values.push(readValue(0));
  return values;
}
