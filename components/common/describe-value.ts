import * as pulumi from "@pulumi/pulumi";

/**
 * A value as an error message shows it. Component arguments are validated before any child is
 * created, so an argument that must be checked then cannot be an Output; `JSON.stringify` would
 * print Pulumi's "Calling [toJSON] on an [Output<T>]" warning instead, and NaN as `null`.
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    return `"${value}"`;
  }
  if (pulumi.Output.isInstance(value)) {
    return "an Output (this argument is checked before anything is created, so pass a plain value, not a resource's output)";
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return Number.isNaN(value) ? "NaN (not a number)" : String(value);
  }
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    return typeof value === "function" ? "a function" : String(value);
  }
  try {
    const text = JSON.stringify(value, (_key, v: unknown) =>
      pulumi.Output.isInstance(v) ? "<Output>" : typeof v === "number" && !Number.isFinite(v) ? String(v) : v,
    );
    return text ?? String(value);
  } catch {
    return Array.isArray(value) ? "a list that cannot be shown" : "an object that cannot be shown";
  }
}
