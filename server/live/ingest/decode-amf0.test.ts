import { describe, expect, it } from "vitest";
import { decodeAmf0 } from "./decode-amf0";
import { encodeAmf0 } from "./encode-amf0";

describe("AMF0", () => {
  it("round-trips the values RTMP commands use", () => {
    const values = ["connect", 1, { app: "live", tcUrl: "rtmp://host/live", fpad: false, nested: { list: [1, "two", null] } }, null, undefined, true];
    expect(decodeAmf0(encodeAmf0(values))).toEqual(values);
  });

  it("reads an ECMA array (onMetaData as ffmpeg sends it)", () => {
    // "onMetaData", ECMA array { width: 640 }
    const body = Buffer.concat([
      encodeAmf0(["onMetaData"]),
      Buffer.from([0x08, 0, 0, 0, 1, 0, 5]),
      Buffer.from("width"),
      encodeAmf0([640]),
      Buffer.from([0, 0, 9]),
    ]);
    expect(decodeAmf0(body)).toEqual(["onMetaData", { width: 640 }]);
  });

  it("refuses truncated data and unknown types", () => {
    expect(() => decodeAmf0(encodeAmf0(["connect"]).subarray(0, 5))).toThrow(/truncated/);
    expect(() => decodeAmf0(Buffer.from([0x11]))).toThrow(/not supported/);
  });
});
