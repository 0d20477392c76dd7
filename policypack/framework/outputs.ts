import { dependenciesOf } from "./target-index";
import type { ResourceProps, StackResource } from "./types";
import { tryRead, type Known } from "./unknowns";

/**
 * Stack policies see outputs, not inputs. During preview, a property the program left unset but the
 * provider computes (a bucket's legacy inline `policy`, `versioning` or `logging`, a VPC endpoint's
 * `policy`, a route table's `routes`, a launch template's `metadataOptions`) is unknown, just like a
 * value built from a new resource's ARN — yet it will hold AWS's default. Only a value the program
 * derived from another resource carries a property dependency, so an unknown with none is the
 * provider's default, and a check judges it as unset, exactly as a resource check judges an input
 * the program left out. A check that skipped it as "undecided" would pass a non-compliant resource
 * silently in every preview.
 */

/** Whether an output of a stack resource was computed by the program from other resources. */
export function isProgramComputed(resource: StackResource, property: string): boolean {
  return dependenciesOf(resource, property).length > 0;
}

const views = new WeakMap<StackResource, ResourceProps>();

/**
 * The resource's outputs as the program set them: a top-level property with no property dependency
 * reads every unknown in it, at any depth, as `undefined` (the provider fills it in, with AWS's
 * default); a property the program computed from other resources keeps the SDK's behaviour, so an
 * unknown in it still throws and `tryRead` reports it as undecided. Pass the view wherever a check
 * takes a resource's props; it is cached per resource.
 */
export function programOutputs(resource: StackResource): ResourceProps {
  let view = views.get(resource);
  if (view === undefined) {
    const props = resource.props;
    view = new Proxy(props, {
      get: (target, key, receiver) =>
        typeof key !== "string" || isProgramComputed(resource, key) || isFixed(target, key)
          ? Reflect.get(target, key, receiver)
          : settle(() => Reflect.get(target, key)),
    });
    views.set(resource, view);
  }
  return view;
}

/**
 * Reads one output: `known: false` only when the program computed it from another resource and it
 * is not known yet; a provider-computed unknown reads as `undefined`, unknowns nested in it too.
 */
export function readOutput(resource: StackResource, property: string): Known<unknown> {
  return tryRead(() => programOutputs(resource)[property]);
}

/** Reads a value, turning an unknown into `undefined` and wrapping objects so their unknowns do too. */
function settle(read: () => unknown): unknown {
  const value = tryRead(read);
  if (!value.known) {
    return undefined;
  }
  const v = value.value;
  return typeof v === "object" && v !== null ? settled(v) : v;
}

function settled(obj: object): object {
  return new Proxy(obj, {
    get: (target, key, receiver) =>
      isFixed(target, key) ? Reflect.get(target, key, receiver) : settle(() => Reflect.get(target, key)),
  });
}

/** A read-only, non-configurable property, which a proxy must return unchanged (the Proxy invariant). */
function isFixed(target: object, key: string | symbol): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return (
    descriptor !== undefined && "value" in descriptor && !descriptor.configurable && !descriptor.writable
  );
}
