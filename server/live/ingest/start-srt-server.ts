import { createHmac, randomBytes } from "node:crypto";
import dgram from "node:dgram";
import net from "node:net";
import { createSrtPeer } from "./create-srt-peer";
import type { IngestHandler } from "./ingest-types";
import { isSrtHandshake } from "./parse-srt-handshake";

const DEFAULT_LATENCY_MS = 120;
// Callers still handshaking or connected at once; beyond this new callers are ignored.
const MAX_PEERS = 256;
const RECEIVE_BUFFER_BYTES = 8 * 1024 * 1024;
const SHUTDOWN_WAIT_MS = 3_000;

/**
 * SRT ingest at srt://host:port?streamid=<stream key> (or streamid=#!::r=<key>,m=publish): a UDP proxy
 * that keys callers by address, checks the streamid in the handshake and relays each accepted caller to
 * its own ffmpeg receiver (see createSrtPeer).
 */
export function startSrtServer(opts: { host: string; port: number; handler: IngestHandler; latencyMs?: number }): Promise<{ port: number; close(): Promise<void> }> {
  const socket = dgram.createSocket(net.isIPv6(opts.host) ? "udp6" : "udp4");
  const peers = new Map<string, ReturnType<typeof createSrtPeer>>();
  const secret = randomBytes(32);
  const cookie = (address: string, port: number, minute: number) =>
    createHmac("sha256", secret).update(`${address}:${port}:${minute}`).digest().readUInt32BE(0);

  socket.on("message", (packet, from) => {
    const key = `${from.address}:${from.port}`;
    let peer = peers.get(key);
    if (!peer) {
      if (!isSrtHandshake(packet) || peers.size >= MAX_PEERS) return;
      const created = createSrtPeer({
        remote: { address: from.address, port: from.port },
        handler: opts.handler,
        latencyMs: opts.latencyMs ?? DEFAULT_LATENCY_MS,
        cookies: () => {
          const minute = Math.floor(Date.now() / 60_000);
          return [cookie(from.address, from.port, minute), cookie(from.address, from.port, minute - 1)];
        },
        sendToCaller: (reply) => socket.send(reply, from.port, from.address),
        onGone: () => {
          if (peers.get(key) === created) peers.delete(key);
        },
      });
      peer = created;
      peers.set(key, peer);
    }
    peer.fromCaller(packet);
  });
  // A send to a vanished caller may report an ICMP error; the idle timeout handles the caller.
  socket.on("error", (error) => console.warn(`[ingest] SRT socket: ${error.message}`));

  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(opts.port, opts.host, () => {
      socket.off("error", reject);
      try {
        socket.setRecvBufferSize(RECEIVE_BUFFER_BYTES);
      } catch {
        // The kernel caps it (net.core.rmem_max); the default still works at moderate bitrates.
      }
      resolve({
        port: socket.address().port,
        async close() {
          const all = [...peers.values()];
          for (const peer of all) peer.close("the ingest server shut down");
          await Promise.race([Promise.all(all.map((peer) => peer.gone)), new Promise((done) => setTimeout(done, SHUTDOWN_WAIT_MS))]);
          await new Promise<void>((done) => socket.close(() => done()));
        },
      });
    });
  });
}
