import type { StackResource } from "../../../framework/types";
import { readTags } from "../../../framework/values";
import { TAG_KEYS, type DataClass } from "../../../vocabulary";

/** Data classes whose every read and write must be attributable: what a model is made from. */
export const MODEL_DATA_CLASSES: readonly DataClass[] = ["training-data", "model-artifacts"];

/** The model-data class a resource is tagged with, or `undefined`. */
export function modelDataClass(r: StackResource): DataClass | undefined {
  const value = readTags(r.props)[TAG_KEYS.dataClass];
  return MODEL_DATA_CLASSES.find((c) => c === value);
}
