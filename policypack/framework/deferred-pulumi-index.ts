import Module, { createRequire } from "node:module";
import * as path from "node:path";

/**
 * `@pulumi/policy` imports the whole `@pulumi/pulumi` index when it loads (its deserializer needs
 * `pulumi.asset`, and only when a resource holds an asset or archive, or a remediation's result is
 * serialized). The index brings the Automation API with npm's arborist, pacote and sigstore: about
 * a thousand modules and a third of a second of CPU at every start of the pack, for code the pack
 * never runs. The Pulumi CLI starts the pack for every preview and update.
 *
 * This puts a stand-in for the index in the module cache before `@pulumi/policy` loads. The
 * stand-in loads the real index the first time anything reads from it and hands on every read,
 * so whoever imported it sees the real module's values (the same classes, the same runtime). Once
 * loaded, the real module replaces the stand-in in the cache. Nothing is installed when the index
 * is already loaded. test/policypack/framework/deferred-pulumi-index.test.ts fails when
 * `@pulumi/policy` starts reading the index while it loads (the stand-in would then save nothing)
 * and checks that assets still deserialize into the real classes.
 */

/** The `@pulumi/pulumi` index as `@pulumi/policy` resolves it. */
export const PULUMI_INDEX = createRequire(require.resolve("@pulumi/policy/deserialize")).resolve(
  "@pulumi/pulumi",
);

type ModuleCache = Record<string, Module | undefined>;

/**
 * Puts the stand-in in `cache` unless the index is there already. Returns whether it did.
 * @param cache the module cache
 * @default cache `require.cache`
 */
export function deferPulumiIndex(cache: ModuleCache = require.cache as ModuleCache): boolean {
  if (cache[PULUMI_INDEX] !== undefined) {
    return false;
  }
  const standIn = new Module(PULUMI_INDEX);
  let real: Record<PropertyKey, unknown> | undefined;
  const load = (): Record<PropertyKey, unknown> => {
    if (real === undefined) {
      if (cache[PULUMI_INDEX] === standIn) {
        delete cache[PULUMI_INDEX];
      }
      real = createRequire(PULUMI_INDEX)(PULUMI_INDEX) as Record<PropertyKey, unknown>;
    }
    return real;
  };
  standIn.filename = PULUMI_INDEX;
  standIn.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(PULUMI_INDEX),
  );
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      // TypeScript's `import * as` asks for __esModule first; answering it does not load the index.
      get: (_target, key) => (key === "__esModule" ? true : load()[key]),
      has: (_target, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        // A proxy may only report properties its (empty) target could have: configurable ones.
        return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
      },
    },
  );
  cache[PULUMI_INDEX] = standIn;
  return true;
}
