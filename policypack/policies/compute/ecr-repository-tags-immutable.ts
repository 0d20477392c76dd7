import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { ECR_REPOSITORY_TYPE } from "./lib/ecr-types";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: no tag of the repository can be moved to another image. Reads the setting directly. */
export function checkTagsImmutable(resource: ResourceUnderCheck): string[] {
  const mutability = resource.props.imageTagMutability;
  if (mutability === "IMMUTABLE") {
    return [];
  }
  if (mutability === "IMMUTABLE_WITH_EXCLUSION") {
    return [
      'Tags matching imageTagMutabilityExclusionFilters can still be overwritten: set imageTagMutability to "IMMUTABLE", or make sure nothing runs those tags (reference images by digest).',
    ];
  }
  const now = typeof mutability === "string" ? `"${mutability}"` : 'not set (AWS\'s default is "MUTABLE")';
  return [
    `Image tags can be overwritten (imageTagMutability is ${now}): set imageTagMutability to "IMMUTABLE".`,
  ];
}

export const ecrRepositoryTagsImmutable: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ecr-repository-tags-immutable",
  description:
    "ECR repositories make image tags immutable, so a tag always names the image that was reviewed.",
  rationale:
    "Training jobs, endpoints and fleets pull images by tag; with mutable tags anyone who can push replaces the code that reads training data or serves the model, without any change to the stack. Applies from scope 4, where the stack trains or serves its own model from its own images.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'Set `imageTagMutability: "IMMUTABLE"` on the aws.ecr.Repository and publish each build under a new tag (a version or the commit SHA). Not remediated automatically: a pipeline that re-pushes a tag such as "latest" would start failing.',
  minScope: CONTROL_SCOPES.imageScanning,
  services: ["ecr"],
  resourceTypes: [ECR_REPOSITORY_TYPE],
  mappings: {
    nistCsf: ["PR.PS-01", "GV.SC-07", "PR.DS-10"],
    owaspLlm: ["LLM03", "LLM04"],
    mitreAtlas: ["AML.M0014", "AML.T0010"],
    cisaNcsc: ["secure-development", "secure-operation"],
    seedItems: [
      "checklist.supply-pinned-libraries",
      "cisa.dev-supply-chain",
      "blueprint.mlops-security-gates",
    ],
  },
  check: (resource) => checkTagsImmutable(resource),
};
