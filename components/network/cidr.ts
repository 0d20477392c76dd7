/**
 * IPv4 CIDR arithmetic and subnet carving for AiNetwork, as pure functions (like pulumi-awsx's
 * subnetDistributor, split out of its component) so the property tests run them without Pulumi.
 */

/** A parsed IPv4 block: the network address as an unsigned 32-bit number, and the prefix length. */
export interface Ipv4Block {
  readonly base: number;
  readonly prefix: number;
}

/** The prefix lengths AWS accepts for a VPC's primary IPv4 block. */
export const MIN_VPC_PREFIX = 16;
export const MAX_VPC_PREFIX = 28;
/** The smallest subnet AWS accepts is a /28 (16 addresses, 11 usable: AWS reserves five). */
export const MAX_SUBNET_PREFIX = 28;
/** The default VPC block: a /16 leaves room for large private subnets in every AZ. */
export const DEFAULT_VPC_CIDR = "10.0.0.0/16";

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; `undefined` unless it is a valid block whose address is its network address. */
export function parseCidr(cidr: unknown): Ipv4Block | undefined {
  if (typeof cidr !== "string") return undefined;
  const m = CIDR.exec(cidr.trim());
  if (m === null) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const base = octets.reduce((acc, o) => acc * 256 + o, 0);
  return base % blockSize(prefix) === 0 ? { base, prefix } : undefined;
}

/** Number of addresses in a block of this prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Renders a block as `a.b.c.d/n`. */
export function formatCidr(block: Ipv4Block): string {
  const b = block.base;
  return `${Math.floor(b / 2 ** 24) % 256}.${Math.floor(b / 2 ** 16) % 256}.${Math.floor(b / 2 ** 8) % 256}.${b % 256}/${block.prefix}`;
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Ipv4Block, inner: Ipv4Block): boolean {
  return (
    inner.prefix >= outer.prefix &&
    inner.base >= outer.base &&
    inner.base + blockSize(inner.prefix) <= outer.base + blockSize(outer.prefix)
  );
}

/** True when the two blocks share an address. */
export function cidrsOverlap(a: Ipv4Block, b: Ipv4Block): boolean {
  return a.base < b.base + blockSize(b.prefix) && b.base < a.base + blockSize(a.prefix);
}

/** The subnets of a network: one private and one public block per AZ, in AZ order. */
export interface SubnetPlan {
  /** The prefix length of every subnet. */
  readonly subnetPrefix: number;
  readonly privateCidrs: string[];
  /** Reserved even when there is no internet egress, so turning egress on never renumbers. */
  readonly publicCidrs: string[];
}

/**
 * The prefix length of each subnet: the VPC is split into the smallest power of two of equal
 * slots that holds a private and a public subnet per AZ. Equal slots keep the plan predictable;
 * the private subnets come first, so they are the low, contiguous half of the VPC.
 */
export function subnetPrefixFor(vpcPrefix: number, azCount: number): number {
  return vpcPrefix + Math.ceil(Math.log2(2 * azCount));
}

/**
 * Carves a private and a public subnet for each of `azCount` AZs out of `vpcCidr`. Returns a
 * message instead when the block is invalid or too small; the component names the argument.
 */
export function carveSubnets(vpcCidr: string, azCount: number): SubnetPlan | string {
  const vpc = parseCidr(vpcCidr);
  if (vpc === undefined) {
    return `"${vpcCidr}" is not an IPv4 CIDR block whose address is its network address (such as "10.0.0.0/16")`;
  }
  if (vpc.prefix < MIN_VPC_PREFIX || vpc.prefix > MAX_VPC_PREFIX) {
    return `"${vpcCidr}" is a /${vpc.prefix}, and AWS accepts VPC blocks from /${MIN_VPC_PREFIX} to /${MAX_VPC_PREFIX}`;
  }
  const subnetPrefix = subnetPrefixFor(vpc.prefix, azCount);
  if (subnetPrefix > MAX_SUBNET_PREFIX) {
    const needed = MAX_SUBNET_PREFIX - Math.ceil(Math.log2(2 * azCount));
    return (
      `"${vpcCidr}" is too small for ${azCount} availability zones: each of the ${2 * azCount} subnets ` +
      `would be a /${subnetPrefix}, and AWS subnets are at least a /${MAX_SUBNET_PREFIX}; use a /${needed} or larger block`
    );
  }
  const size = blockSize(subnetPrefix);
  const slot = (i: number): string => formatCidr({ base: vpc.base + i * size, prefix: subnetPrefix });
  const indexes = [...Array(azCount).keys()];
  return {
    subnetPrefix,
    privateCidrs: indexes.map((i) => slot(i)),
    publicCidrs: indexes.map((i) => slot(azCount + i)),
  };
}
