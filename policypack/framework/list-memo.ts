/**
 * Answers derived once per frozen resource list. The stack policies of an AnalyzeStack request
 * share one frozen list (shared-stack-analysis.ts), so what several of them derive from it (the
 * scope the stack implies, an index of targets) is derived once per request. A list that is not
 * frozen may still change, so it is read afresh every time.
 */
const answers = new WeakMap<object, Map<string, unknown>>();

/** `derive()` for `list`, remembered under `key` while the list lives when the list is frozen. */
export function oncePerList<T>(list: readonly unknown[], key: string, derive: () => T): T {
  if (!Object.isFrozen(list)) {
    return derive();
  }
  let byKey = answers.get(list);
  if (byKey === undefined) {
    byKey = new Map();
    answers.set(list, byKey);
  }
  if (!byKey.has(key)) {
    byKey.set(key, derive());
  }
  return byKey.get(key) as T;
}
