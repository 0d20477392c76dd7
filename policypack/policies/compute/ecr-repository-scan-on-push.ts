import type { ResourcePolicyDefinition, ResourceUnderCheck } from "../../framework/types";
import { ECR_REPOSITORY_TYPE } from "./lib/ecr-types";
import { setInBlock } from "../../framework/remediation";
import { isTrue, nested } from "../../framework/values";
import { CONTROL_SCOPES } from "../../vocabulary";

/** Pure check: the repository scans every image when it is pushed. Reads the flag directly. */
export function checkScanOnPush(resource: ResourceUnderCheck): string[] {
  return isTrue(nested(resource.props, "imageScanningConfiguration", "scanOnPush"))
    ? []
    : [
        "Images are not scanned on push: set imageScanningConfiguration.scanOnPush to true (AWS's default is off).",
      ];
}

export const ecrRepositoryScanOnPush: ResourcePolicyDefinition = {
  kind: "resource",
  name: "ecr-repository-scan-on-push",
  description: "ECR repositories scan every image for known vulnerabilities when it is pushed.",
  rationale:
    "Training and serving images bundle CUDA, Python ML frameworks and model loaders whose serialisation bugs (pickle, remote code in model repos) are exploited in the wild. Applies from scope 4, where the stack builds the containers that fine-tune on its own data; the scope model hardens registries of training fleets at 5, but a scope-4 training job already runs a custom image. An account-level enhanced-scanning configuration replaces this setting; keeping it on the repository costs nothing.",
  severity: "medium",
  enforcementLevel: "remediate",
  remediationSteps:
    "Set `imageScanningConfiguration: { scanOnPush: true }` on the aws.ecr.Repository (or configure enhanced scanning with aws.ecr.RegistryScanningConfiguration). The remediation turns scanOnPush on and changes nothing else; AWS applies it in place.",
  minScope: CONTROL_SCOPES.imageScanning,
  services: ["ecr"],
  resourceTypes: [ECR_REPOSITORY_TYPE],
  mappings: {
    nistCsf: ["ID.RA-01", "GV.SC-07"],
    owaspLlm: ["LLM03"],
    mitreAtlas: ["AML.M0016", "AML.T0010"],
    cisaNcsc: ["secure-development"],
    seedItems: ["checklist.supply-dependency-scanning", "blueprint.vuln-scanning", "cisa.dev-supply-chain"],
  },
  check: (resource) => checkScanOnPush(resource),
  remediate: (resource) => setInBlock(resource.props, "imageScanningConfiguration", { scanOnPush: true }),
};
