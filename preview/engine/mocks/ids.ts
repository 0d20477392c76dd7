/**
 * Deterministic stand-ins for the random parts of names and ids. The real engine seeds
 * autonaming from the URN, so the same program gives the same names run after run; so do we.
 */
import { createHash } from "crypto";

/** Hex digest of `seed` (sha256), at least `length` characters. */
export function hexFrom(seed: string, length: number): string {
  let out = "";
  for (let i = 0; out.length < length; i++) {
    out += createHash("sha256").update(`${i}:${seed}`).digest("hex");
  }
  return out.slice(0, length);
}

/** `<name>-<7 hex>`, Pulumi's autoname shape, truncated to `maxLength`. */
export function autoname(logicalName: string, seed: string, maxLength = 255, lowercase = false): string {
  const suffix = "-" + hexFrom(seed, 7);
  const base = (lowercase ? logicalName.toLowerCase() : logicalName).slice(
    0,
    Math.max(1, maxLength - suffix.length),
  );
  return base + suffix;
}

/** A v4-shaped UUID derived from `seed`. */
export function uuidFrom(seed: string): string {
  const h = hexFrom(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An AWS-style short id such as `vpc-0a1b2c3d4e5f60718` (17 hex after the prefix). */
export function awsId(prefix: string, seed: string): string {
  return `${prefix}-0${hexFrom(seed, 16)}`;
}

/** Upper-case alphanumeric id of `length` characters (API Gateway, Bedrock, ...). */
export function alnumId(seed: string, length: number, upper = false): string {
  const alphabet = upper ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" : "abcdefghijklmnopqrstuvwxyz0123456789";
  const h = hexFrom(seed, length * 2);
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[parseInt(h.slice(i * 2, i * 2 + 2), 16) % alphabet.length];
  return out;
}

/** 26-digit suffix that the AWS provider appends to a `namePrefix` (terraform `id.PrefixedUniqueId`). */
export function prefixedUniqueSuffix(seed: string): string {
  return hexFrom(seed, 26).replace(/[a-f]/g, (c) => String(c.charCodeAt(0) % 10));
}
