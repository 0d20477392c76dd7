/**
 * The scopeguard components a component is built from, behind read-only getters. They are kept
 * off the instance's own fields because the component provider publishes a component's fields as
 * its outputs for other languages, and its schema can reference AWS resources but not another
 * scopeguard component; programs in other languages read those children's ARNs and names instead.
 */
const children = new WeakMap<object, Map<string, unknown>>();

/** The child `name` of `owner`, as {@link setChild} stored it. */
export function childOf<T>(owner: object, name: string): T {
  return children.get(owner)?.get(name) as T;
}

/** Stores the child `name` of `owner`. */
export function setChild(owner: object, name: string, value: unknown): void {
  const own = children.get(owner) ?? new Map<string, unknown>();
  own.set(name, value);
  children.set(owner, own);
}
