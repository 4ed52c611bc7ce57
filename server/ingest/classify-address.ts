import { BlockList, isIP } from "node:net";

/** Why an address may not be fetched: the words appear in the error a user reads. */
export type AddressCategory = "loopback" | "link-local" | "private" | "CGNAT" | "multicast" | "unspecified" | "reserved";

const v4: [string, number, AddressCategory][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "CGNAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "reserved"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];
const v6: [string, number, AddressCategory][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "private"],
  ["fc00::", 7, "private"],
  ["ff00::", 8, "multicast"],
];

const lists = new Map<AddressCategory, BlockList>();
for (const [net, prefix, category] of v4) blockListFor(category).addSubnet(net, prefix, "ipv4");
for (const [net, prefix, category] of v6) blockListFor(category).addSubnet(net, prefix, "ipv6");

function blockListFor(category: AddressCategory): BlockList {
  let list = lists.get(category);
  if (!list) lists.set(category, (list = new BlockList()));
  return list;
}

/** The 8 groups of an IPv6 address as numbers, or null when it does not parse. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const b = dotted[1]!.split(".").map(Number);
    text = text.slice(0, -dotted[1]!.length) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** An IPv4 address hidden in an IPv6 one (::ffff:a.b.c.d mapped, ::a.b.c.d compatible, 64:ff9b::/96 NAT64). */
export function embeddedIPv4(ip: string): string | null {
  const g = ipv6Groups(ip);
  if (!g) return null;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  const mapped = zeros(5) && g[5] === 0xffff;
  const compatible = zeros(6) && (g[6] !== 0 || g[7]! > 1);
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (!mapped && !compatible && !nat64) return null;
  return [g[6]! >> 8, g[6]! & 0xff, g[7]! >> 8, g[7]! & 0xff].join(".");
}

/**
 * The category of an address that must not be fetched from the server (SSRF), or null for a
 * public address. IPv6 forms that carry an IPv4 address are judged by that IPv4 address.
 */
export function classifyAddress(ip: string): AddressCategory | null {
  const bare = ip.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 0) return "reserved";
  if (family === 6) {
    const inner = embeddedIPv4(bare);
    if (inner) return classifyAddress(inner);
  }
  for (const [category, list] of lists) {
    if (list.check(bare.replace(/%.*$/, ""), family === 4 ? "ipv4" : "ipv6")) return category;
  }
  if (bare === "255.255.255.255") return "reserved";
  return null;
}
