import net from "node:net";
import { encodeAmf0 } from "../encode-amf0";
import { encodeRtmpMessage } from "../encode-rtmp-message";

/**
 * A bare-bones RTMP publisher that does not wait for any answer: handshake, connect, createStream,
 * publish and the given media messages back to back (as some hardware encoders do).
 */
export async function rawRtmpPublish(port: number, streamKey: string, media: { type: number; timestamp: number; payload: Buffer }[]) {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise((resolve) => socket.once("connect", resolve));
  socket.write(Buffer.concat([Buffer.from([3]), Buffer.alloc(1536)]));
  const s0s1s2 = await new Promise<Buffer>((resolve) => {
    let got = Buffer.alloc(0);
    const onData = (data: Buffer) => {
      got = Buffer.concat([got, data]);
      if (got.length < 3073) return;
      socket.off("data", onData);
      resolve(got);
    };
    socket.on("data", onData);
  });
  const command = (values: Parameters<typeof encodeAmf0>[0], streamId = 0) => encodeRtmpMessage({ csid: 3, type: 20, streamId, payload: encodeAmf0(values) }, 128);
  socket.write(
    Buffer.concat([
      s0s1s2.subarray(1, 1537), // C2 echoes S1
      command(["connect", 1, { app: "live", type: "nonprivate" }]),
      command(["createStream", 2, null]),
      command(["publish", 3, null, streamKey, "live"], 1),
      ...media.map((m) => encodeRtmpMessage({ csid: 6, streamId: 1, ...m }, 128)),
    ]),
  );
  return socket;
}
