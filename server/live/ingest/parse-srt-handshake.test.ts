import { describe, expect, it } from "vitest";
import { parseSrtHandshake, SRT_CONCLUSION, SRT_REJECTION_BASE } from "./parse-srt-handshake";
import { patchSrtHandshake } from "./patch-srt-handshake";

// A conclusion handshake as ffmpeg 5.1 (libsrt 1.5) sends it for streamid=abcdefg12: HSREQ and SID extensions.
const conclusion = Buffer.from(
  ("80000000 00000000 00000000 00000000" +
    " 00000005 00000005 109ed454 000005dc 00002000 ffffffff 2e55e1b6 3582da8b 0100007f 00000000 00000000 00000000" +
    " 00010003 00010501 000000bf 00780000 00050003 64636261 31676665 00000032").replaceAll(" ", ""),
  "hex",
);

describe("SRT handshakes", () => {
  it("reads the caller's conclusion, including the byte-reversed streamid", () => {
    expect(parseSrtHandshake(conclusion)).toEqual({
      version: 5,
      handshakeType: SRT_CONCLUSION,
      socketId: 0x2e55e1b6,
      cookie: 0x3582da8b,
      streamId: "abcdefg12",
    });
  });

  it("ignores data packets and other control packets", () => {
    expect(parseSrtHandshake(Buffer.alloc(64))).toBeNull();
    const keepalive = Buffer.from(conclusion);
    keepalive.writeUInt16BE(0x8001, 0);
    expect(parseSrtHandshake(keepalive)).toBeNull();
  });

  it("turns a conclusion into a rejection addressed to the caller", () => {
    const rejection = patchSrtHandshake(conclusion, { handshakeType: SRT_REJECTION_BASE + 1403, destinationSocketId: 0x2e55e1b6, withoutExtensions: true });
    expect(rejection.length).toBe(64);
    expect(rejection.readUInt32BE(12)).toBe(0x2e55e1b6);
    expect(parseSrtHandshake(rejection)).toMatchObject({ handshakeType: 2403, streamId: null });
  });

  it("writes the Peer IP as libsrt does", () => {
    const toCaller = patchSrtHandshake(conclusion, { peerAddress: "192.168.1.20", cookie: 7 });
    expect(toCaller.subarray(48, 64).toString("hex")).toBe("1401a8c0" + "0".repeat(24));
    expect(toCaller.readUInt32BE(44)).toBe(7);
    const v6 = patchSrtHandshake(conclusion, { peerAddress: "2001:db8::1" });
    expect(v6.subarray(48, 64).toString("hex")).toBe("b80d0120" + "00000000" + "00000000" + "01000000");
  });
});
