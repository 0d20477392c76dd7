import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { readOr } from "../../framework/unknowns";
import { field, isRecord, knownItems } from "../../framework/values";
import { knownValues, namesModelServer, requestsAccelerator } from "./lib/model-servers";
import { WORKLOAD_POD_SPEC_PATHS, WORKLOAD_TYPES } from "./lib/types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** The tag of an image reference, `undefined` when it has none; a digest pins it whatever the tag. */
export function imageTag(image: string): { readonly tag?: string; readonly digest: boolean } {
  const digest = image.includes("@sha256:");
  const name = image.split("@")[0];
  const lastPart = name.slice(name.lastIndexOf("/") + 1);
  const colon = lastPart.lastIndexOf(":");
  return { tag: colon >= 0 ? lastPart.slice(colon + 1) : undefined, digest };
}

/** The pod spec of a workload, read along its path; unknown parts are `undefined`. */
function podSpecOf(resource: ResourceUnderCheck): unknown {
  let node: unknown = resource.props;
  for (const key of WORKLOAD_POD_SPEC_PATHS[resource.type] ?? []) {
    node = readOr(() => field(node, key), undefined);
  }
  return node;
}

/** Pure check: model-server containers run an image pinned by a version tag or a digest. */
export function checkModelServerImagePinned(resource: ResourceUnderCheck): string[] {
  const spec = podSpecOf(resource);
  const metadata = readOr(() => resource.props.metadata, undefined);
  const workloadIsModelServer =
    namesModelServer(resource.name) ||
    namesModelServer(readOr(() => field(metadata, "name"), undefined)) ||
    knownValues(readOr(() => field(metadata, "labels"), undefined)).some(namesModelServer);
  const containers = [
    ...knownItems(() => field(spec, "containers")),
    ...knownItems(() => field(spec, "initContainers")),
  ].filter(isRecord);
  return containers.flatMap((container) => {
    // An image computed from another resource (an ECR repository URL) is unknown here: not a literal tag.
    const image = readOr(() => container.image, undefined);
    if (typeof image !== "string") {
      return [];
    }
    const isModelServer = workloadIsModelServer || namesModelServer(image) || requestsAccelerator(container);
    const { tag, digest } = imageTag(image.trim());
    if (!isModelServer || digest || (tag !== undefined && tag !== "latest" && tag !== "")) {
      return [];
    }
    const name = readOr(() => container.name, undefined);
    const label = typeof name === "string" ? `container "${name}"` : "a container";
    return [
      `${resource.type.split(":")[2]} "${resource.name}" runs model server ${label} from "${image}", ${tag === undefined ? "which has no tag (it means latest)" : "a mutable latest tag"}: pin a version tag or, better, a digest (image@sha256:...), from a registry with immutable tags and scanning.`,
    ];
  });
}

export const kubernetesModelServerImagePinned: ResourcePolicyDefinition = {
  kind: "resource",
  name: "kubernetes-model-server-image-pinned",
  description:
    "Kubernetes workloads that serve models (model-server images, GPU requests or model-server names) pin their images by version or digest, never `latest` or no tag.",
  rationale:
    "A `latest` model-server image changes under a running deployment at the next node restart: a new vLLM or TGI release (or a poisoned one) reaches the GPU nodes with no review, and two pods of one deployment may serve different code. Pinning makes every change to the serving stack a visible, reviewed one.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    "Set `image` to a version tag (`vllm/vllm-openai:v0.6.3`) or a digest (`...@sha256:...`), preferably copied into a private ECR repository with immutable tags and scan on push.",
  minScope: CONTROL_SCOPES.networkBaseline,
  services: ["eks", "ecr"],
  resourceTypes: WORKLOAD_TYPES,
  mappings: {
    nistCsf: ["GV.SC-07", "PR.PS-02"],
    owaspLlm: ["LLM03"],
    mitreAtlas: ["AML.T0010", "AML.M0013"],
    cisaNcsc: ["secure-development"],
    seedItems: ["checklist.supply-pinned-libraries", "cisa.dev-supply-chain", "csf.gv-supply-chain"],
  },
  check: (resource) => checkModelServerImagePinned(resource),
};
