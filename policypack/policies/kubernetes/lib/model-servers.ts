import { tryRead } from "../../../framework/unknowns";
import { isRecord } from "../../../framework/values";

/**
 * What a model server looks like on Kubernetes: the inference servers' images and the names that
 * people give their deployments. Matched on lower-cased text as whole words between separators.
 */
const MODEL_SERVER_WORDS = [
  "vllm",
  "tgi",
  "text-generation-inference",
  "tritonserver",
  "triton",
  "ollama",
  "sglang",
  "lmdeploy",
  "llama-cpp",
  "llamacpp",
  "localai",
  "tensorrt-llm",
  "trtllm",
  "nim",
  "kserve",
  "torchserve",
  "mlserver",
  "ray-llm",
  "lorax",
  "xinference",
  "openllm",
  "llm",
  "inference",
  "model-server",
  "modelserver",
  "embeddings",
  "embedding",
];

const MODEL_SERVER = new RegExp(`(?:^|[^a-z0-9])(?:${MODEL_SERVER_WORDS.join("|")})(?:$|[^a-z0-9])`);

/** True when a name, label value or image names a model server. */
export function namesModelServer(text: unknown): boolean {
  return typeof text === "string" && text.length <= 512 && MODEL_SERVER.test(text.toLowerCase());
}

/** The GPU resource names device plugins advertise. */
const GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "aws.amazon.com/neuron", "aws.amazon.com/neuroncore"];

/** True when a container requests or limits a GPU or accelerator; unknown values count as no. */
export function requestsAccelerator(container: unknown): boolean {
  const found = tryRead(() => {
    const resources = isRecord(container) ? container.resources : undefined;
    if (!isRecord(resources)) {
      return false;
    }
    return [resources.limits, resources.requests].some(
      (set) => isRecord(set) && GPU_RESOURCES.some((name) => set[name] !== undefined && set[name] !== null),
    );
  });
  return found.known && found.value;
}

/** The known string values of a map (labels, a selector); unknown entries are skipped. */
export function knownValues(map: unknown): string[] {
  const read = tryRead(() => (isRecord(map) ? Object.keys(map) : []));
  if (!read.known) {
    return [];
  }
  return read.value.flatMap((k) => {
    const v = tryRead(() => (map as Record<string, unknown>)[k]);
    return v.known && typeof v.value === "string" ? [v.value] : [];
  });
}
