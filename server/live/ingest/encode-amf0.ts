import type { Amf0Value } from "./decode-amf0";

/** Encodes values as consecutive AMF0 (objects as anonymous objects, arrays as strict arrays). */
export function encodeAmf0(values: Amf0Value[]): Buffer {
  const parts: Buffer[] = [];
  const marker = (m: number) => parts.push(Buffer.from([m]));
  const stringBody = (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    const length = Buffer.alloc(2);
    length.writeUInt16BE(bytes.length);
    parts.push(length, bytes);
  };
  const write = (value: Amf0Value) => {
    if (value === null) return marker(0x05);
    if (value === undefined) return marker(0x06);
    if (typeof value === "number") {
      const number = Buffer.alloc(9);
      number.writeUInt8(0x00);
      number.writeDoubleBE(value, 1);
      return parts.push(number);
    }
    if (typeof value === "boolean") return parts.push(Buffer.from([0x01, value ? 1 : 0]));
    if (typeof value === "string") {
      const bytes = Buffer.from(value, "utf8");
      if (bytes.length <= 0xffff) {
        marker(0x02);
        return stringBody(value);
      }
      const head = Buffer.alloc(5);
      head.writeUInt8(0x0c);
      head.writeUInt32BE(bytes.length, 1);
      return parts.push(head, bytes);
    }
    if (value instanceof Date) {
      const date = Buffer.alloc(11);
      date.writeUInt8(0x0b);
      date.writeDoubleBE(value.getTime(), 1);
      return parts.push(date);
    }
    if (Array.isArray(value)) {
      const head = Buffer.alloc(5);
      head.writeUInt8(0x0a);
      head.writeUInt32BE(value.length, 1);
      parts.push(head);
      return value.forEach(write);
    }
    marker(0x03);
    for (const [key, item] of Object.entries(value)) {
      stringBody(key);
      write(item);
    }
    parts.push(Buffer.from([0x00, 0x00, 0x09]));
  };
  values.forEach(write);
  return Buffer.concat(parts);
}
