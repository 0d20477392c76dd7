/**
 * Converts property values as the Node SDK serializes them into the engine's wire encoding for a
 * policy pack (pkg/resource/plugin/rpc.go, MarshalOptions{KeepUnknowns, KeepSecrets}, no
 * KeepResources, no KeepOutputValues):
 * - resource references become the referenced resource's id if it has one (custom), else its URN;
 * - output values flatten: known -> the value (secret-wrapped when secret), unknown -> unknown sentinel;
 * - secrets stay `{sig, value}`; unknown sentinels, assets and nulls pass through.
 */
import { OUTPUT_SIG, RESOURCE_SIG, SIG_KEY, UNKNOWN, secret } from "../sentinels";

/** Converts one value (recursively). */
export function toWire(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(toWire);
  const o = v as Record<string, unknown>;
  const sig = o[SIG_KEY];
  if (sig === RESOURCE_SIG) {
    if ("id" in o) return o.id === "" || o.id === undefined ? UNKNOWN : toWire(o.id);
    return o.urn;
  }
  if (sig === OUTPUT_SIG) {
    if (!("value" in o)) return UNKNOWN;
    const value = toWire(o.value);
    return o.secret ? secret(value) : value;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = toWire(o[k]);
  return out;
}

/** Converts a property map. */
export function toWireMap(m: Record<string, unknown> | undefined): Record<string, unknown> {
  return (toWire(m ?? {}) as Record<string, unknown>) ?? {};
}

const UNITS: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/**
 * Seconds in a Go duration string ("1m", "1h30m", "2.5s"), as the engine parses custom timeouts
 * (`time.ParseDuration`); "" is 0. Returns undefined for an invalid duration.
 */
export function durationSeconds(s: string): number | undefined {
  if (s === "" || s === "0") return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    total += parseFloat(m[1]) * UNITS[m[2]];
    consumed = re.lastIndex;
  }
  return consumed === s.length ? total : undefined;
}
