import * as fc from "fast-check";
import { UNKNOWN_SENTINELS } from "./contract-harness";
import type { Props, SampleResource } from "./samples/sample";

/**
 * Malformed inputs for the contract test: a sample's props with any value swapped for a wrong type,
 * a null, an empty object or array, broken JSON, or one of the engine's unknown sentinels; keys
 * dropped or added; and props of arbitrary JSON shape.
 */

/** Strings a policy may try to parse as a JSON document. */
const ODD_JSON_TEXTS = [
  "",
  "{not json",
  "null",
  "[]",
  "42",
  '{"Statement": "nope"}',
  '{"Statement": [null, 7, {"Effect": 1, "Principal": 5, "Condition": "c", "Action": {}, "Resource": []}]}',
];

/** A value of the wrong kind, as far as any policy is concerned. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom(...UNKNOWN_SENTINELS),
  fc.constantFrom(...ODD_JSON_TEXTS),
  fc.array(fc.constantFrom<unknown>(null, 1, "x", {}, ...UNKNOWN_SENTINELS), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const DROPPED = Symbol("dropped");

function parsedDocument(text: string): object | undefined {
  if (!/^\s*[[{]/.test(text)) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Variants of `value`: mostly the value itself with some parts replaced, sometimes an odd value. */
export function mutationOf(value: unknown): fc.Arbitrary<unknown> {
  const odd = { arbitrary: oddValue, weight: 1 };
  if (typeof value === "string") {
    const document = parsedDocument(value);
    if (document === undefined) {
      return fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, odd);
    }
    // A document arrives as JSON text, or as an object when the program builds it from outputs.
    const variant = mutationOf(document);
    return fc.oneof(
      { arbitrary: variant.map((d) => JSON.stringify(d)), weight: 3 },
      { arbitrary: variant, weight: 1 },
      odd,
    );
  }
  if (Array.isArray(value)) {
    const items = fc.tuple(...value.map((item) => mutationOf(item)));
    return fc.oneof({ arbitrary: items, weight: 4 }, odd);
  }
  if (typeof value === "object" && value !== null) {
    return fc.oneof({ arbitrary: mutatedProps(value as Props), weight: 4 }, odd);
  }
  return fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, odd);
}

/** Variants of an object of props: each key kept, changed or dropped, and a key or two added. */
export function mutatedProps(props: Props): fc.Arbitrary<Props> {
  const entries = Object.entries(props).map(([key, value]) => [
    key,
    fc.oneof({ arbitrary: mutationOf(value), weight: 5 }, { arbitrary: fc.constant(DROPPED), weight: 1 }),
  ]);
  return fc
    .tuple(
      fc.record(Object.fromEntries(entries)),
      fc.dictionary(fc.string({ maxLength: 6 }), oddValue, { maxKeys: 2 }),
    )
    .map(([kept, added]) => {
      const result: Props = { ...added };
      for (const [key, value] of Object.entries(kept)) {
        if (value !== DROPPED) {
          result[key] = value;
        }
      }
      return result;
    });
}

/** Props of arbitrary shape over the keys the samples use, plus any key. */
export function arbitraryProps(keys: readonly string[]): fc.Arbitrary<Props> {
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 6 })) : fc.string();
  return fc.dictionary(key, oddValue, { maxKeys: 6 });
}

/**
 * Props of any shape built from `names` (the property names a policy was seen to read): objects
 * keyed by them at every depth, arrays, and odd values where the policy expects something else.
 */
export function shapedProps(names: readonly string[]): fc.Arbitrary<Props> {
  if (names.length === 0) {
    return fc.constant({});
  }
  const name = fc.constantFrom(...names);
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4 },
      { arbitrary: oddValue, weight: 3 },
      { arbitrary: fc.dictionary(name, tie("node"), { maxKeys: 4 }), weight: 1 },
      { arbitrary: fc.array(tie("node"), { maxLength: 3 }), weight: 1 },
    ),
  }));
  // Each name is present or not independently, so every name is often there with an odd value.
  return fc.record(Object.fromEntries(names.map((n) => [n, node])), { requiredKeys: [] });
}

/**
 * Props as the engine delivers them: JSON values (plain objects, no `undefined`, no NaN), which is
 * what the SDK deserializes from the protobuf Struct it receives.
 */
function asDelivered<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Malformed props for a resource policy, built around its two samples and the names it reads. */
export function malformedProps(samples: readonly Props[], names: readonly string[]): fc.Arbitrary<Props> {
  const keys = [...new Set([...names, ...samples.flatMap((s) => Object.keys(s))])];
  return fc
    .oneof(
      ...samples.map((s) => mutatedProps(s)),
      { arbitrary: shapedProps(keys), weight: 3 },
      arbitraryProps(keys),
      fc.constant({}),
    )
    .map(asDelivered);
}

/** Malformed stacks for a stack policy: a sample stack with every resource's props varied. */
export function malformedStack(
  stack: readonly SampleResource[],
  names: readonly string[],
): fc.Arbitrary<SampleResource[]> {
  const keys = [...new Set([...names, ...stack.flatMap((s) => Object.keys(s.props))])];
  const props = (p: Props) =>
    fc.oneof(
      { arbitrary: mutatedProps(p), weight: 3 },
      { arbitrary: shapedProps(keys), weight: 3 },
      arbitraryProps(keys),
      fc.constant({}),
    );
  return fc
    .tuple(...stack.map((resource) => props(resource.props)))
    .map((all) => stack.map((resource, i) => ({ ...resource, props: asDelivered(all[i]) })));
}
