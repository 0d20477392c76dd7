import { strict as assert } from "assert";
import type { RunMode } from "../../../preview/engine/types";
import { resourceErrorMessage, run, type Registered } from "../support";
import { policyJson, type PolicyJson } from "../policy-json";

/**
 * Runs of the SageMaker components that their tests share: a deployment that must succeed, a
 * rejection that must come before any child, a table of rejections (one test each), and the role
 * policies a run registered.
 */

/** A component constructor, as the tests call it. */
export type Create<A> = (name: string, args: A) => unknown;

/** The resources `create(name, args)` registers; fails the test if it throws. */
export async function deployed<A>(
  create: Create<A>,
  name: string,
  args: A,
  mode: RunMode = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => create(name, args));
  assert.equal(error, undefined);
  return resources;
}

/**
 * A function that runs `create` in preview, checks that nothing but the component (`typeToken`)
 * was registered, and returns the error's message.
 */
export function rejectionOf<A>(
  typeToken: string,
  create: Create<A>,
  defaultName: string,
): (args: A, name?: string) => Promise<string> {
  return async (args, name = defaultName) => {
    const { resources, error } = await run("preview", () => create(name, args));
    assert.deepEqual(
      resources.map((r) => r.type),
      [typeToken],
    );
    return resourceErrorMessage(error);
  };
}

/** One test per `[what, args, message]`: `rejection(args)` says `<prefix><message>`. */
export function itRejectsEach<A>(
  cases: readonly (readonly [string, A, string])[],
  rejection: (args: A) => Promise<string>,
  prefix: string,
): void {
  for (const [what, args, message] of cases) {
    it(what, async () => {
      assert.equal(await rejection(args), `${prefix}${message}`);
    });
  }
}

/** The documents of the role policies among `resources`, by the policies' names. */
export function policies(resources: readonly Registered[]): Record<string, PolicyJson> {
  return Object.fromEntries(
    resources
      .filter((r) => r.type === "aws:iam/rolePolicy:RolePolicy")
      .map((r) => [r.name, policyJson(r.inputs.policy)]),
  );
}
