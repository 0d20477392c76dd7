/** CIDRs that mean "the whole internet", IPv4 and IPv6. */
export const ANYWHERE_CIDRS: ReadonlySet<string> = new Set(["0.0.0.0/0", "::/0"]);

/** True for a CIDR that admits every address. */
export function isAnywhereCidr(value: unknown): value is string {
  return typeof value === "string" && ANYWHERE_CIDRS.has(value.trim());
}
