import type {
  ResourceProps,
  StackPolicyDefinition,
  StackResource,
  StackViolation,
} from "../../framework/types";
import { tryRead } from "../../framework/unknowns";
import { asList, field, first, isRecord } from "../../framework/values";
import { checkScanOnPush, ecrRepositoryScanOnPush } from "./ecr-repository-scan-on-push";
import { checkTagsImmutable } from "./ecr-repository-tags-immutable";
import { ECR_REPOSITORY_TYPE } from "./lib/ecr-types";
import { knownStrings, TargetIndex } from "../../framework/target-index";
import { parseJson } from "../../framework/json";
import { AwsType } from "../../vocabulary";

/** Where each kind of resource names the container images it runs. */
interface ImageSource {
  readonly label: string;
  readonly property: string;
  readonly images: (props: ResourceProps) => unknown[];
}

const CONSUMERS: Readonly<Record<string, readonly ImageSource[]>> = {
  [AwsType.sagemaker.Model]: [
    {
      label: "SageMaker model",
      property: "primaryContainer",
      images: (p) => [field(first(p.primaryContainer), "image")],
    },
    {
      label: "SageMaker model",
      property: "containers",
      images: (p) => asList(p.containers).map((c) => field(c, "image")),
    },
  ],
  [AwsType.sagemaker.TrainingJob]: [
    {
      label: "SageMaker training job",
      property: "algorithmSpecification",
      images: (p) => [field(first(p.algorithmSpecification), "trainingImage")],
    },
  ],
  [AwsType.sagemaker.ImageVersion]: [
    { label: "SageMaker image version", property: "baseImage", images: (p) => [p.baseImage] },
  ],
  [AwsType.lambda.Function]: [
    { label: "Lambda function", property: "imageUri", images: (p) => [p.imageUri] },
  ],
  [AwsType.ecs.TaskDefinition]: [
    {
      label: "ECS task definition",
      property: "containerDefinitions",
      images: (p) => {
        const parsed = parseJson(p.containerDefinitions);
        return parsed.ok ? asList(parsed.value).map((c) => (isRecord(c) ? c.image : undefined)) : [];
      },
    },
  ],
};

/** `<account>.dkr.ecr.<region>.amazonaws.com/<name>[:tag|@digest]` → the repository name. */
const ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/([^:@]+)/;

function repositoryName(image: string): string | undefined {
  return ECR_IMAGE.exec(image.trim())?.[1];
}

/** One image reference: the repository in the stack, and whether the image is pinned by digest. */
interface Reference {
  readonly repository: StackResource;
  readonly pinned: boolean | "unknown";
}

function referencesOf(consumer: StackResource, source: ImageSource, repositories: TargetIndex): Reference[] {
  const dependencies = repositories.byDependency(consumer, source.property);
  const images = tryRead(() =>
    source.images(consumer.props).filter((i): i is string => typeof i === "string"),
  );
  if (!images.known) {
    // The image is computed from the repository's URL: the repository is known, the tag or digest is not.
    return dependencies.map((repository) => ({ repository, pinned: "unknown" }));
  }
  return images.value.flatMap((image) => {
    const name = repositoryName(image);
    const repository =
      (name !== undefined ? repositories.byValue(name) : undefined) ??
      (dependencies.length === 1 ? dependencies[0] : undefined);
    return repository ? [{ repository, pinned: image.includes("@sha256:") }] : [];
  });
}

/** A weakness of the repository for this reference, and how to remove it. */
interface Problem {
  readonly what: string;
  readonly fix: string;
}

/** What is wrong with a repository for this reference; controls whose inputs are unknown are left to the update run. */
function problemsOf(reference: Reference): Problem[] {
  const problems: Problem[] = [];
  const scan = tryRead(() => checkScanOnPush(reference.repository));
  if (scan.known && scan.value.length > 0) {
    problems.push({
      what: "does not scan images on push",
      fix: "turn on imageScanningConfiguration.scanOnPush",
    });
  }
  const tags = tryRead(() => checkTagsImmutable(reference.repository));
  if (reference.pinned === false && tags.known && tags.value.length > 0) {
    problems.push({
      what: "lets tags be overwritten while the image is referenced by tag",
      fix: 'set imageTagMutability to "IMMUTABLE" or pin the image by digest (@sha256:...)',
    });
  }
  return problems;
}

/** Pure check over the stack: workloads run images only from hardened repositories of the stack. */
export function checkImageConsumers(resources: readonly StackResource[]): StackViolation[] {
  const repositories = new TargetIndex(resources, [ECR_REPOSITORY_TYPE], (r) => knownStrings(r, ["name"]));
  const violations: StackViolation[] = [];
  for (const consumer of resources) {
    const seen = new Set<string>();
    for (const source of CONSUMERS[consumer.type] ?? []) {
      for (const reference of referencesOf(consumer, source, repositories)) {
        const problems = problemsOf(reference);
        const key = `${reference.repository.urn}|${problems.map((p) => p.what).join()}`;
        if (problems.length === 0 || seen.has(key)) {
          continue;
        }
        seen.add(key);
        violations.push({
          urn: consumer.urn,
          message: `${source.label} "${consumer.name}" runs an image from ECR repository "${reference.repository.name}", which ${problems.map((p) => p.what).join(" and ")}: ${problems.map((p) => p.fix).join(", and ")}.`,
        });
      }
    }
  }
  return violations;
}

export const ecrImageConsumersUseHardenedRepositories: StackPolicyDefinition = {
  kind: "stack",
  requiresResourceType: ECR_REPOSITORY_TYPE,
  name: "ecr-image-consumers-use-hardened-repositories",
  description:
    "SageMaker models, training jobs and image versions, Lambda functions and ECS task definitions run images from this stack's ECR repositories only when the repository scans on push and either its tags are immutable or the image is pinned by digest.",
  rationale:
    "The repository policies say which registry is weak; this one says which training job or endpoint is exposed by it, so the finding lands on the workload an attacker would reach. An image pinned by digest cannot be swapped even in a mutable repository, so only tag references need immutable tags.",
  severity: "high",
  enforcementLevel: "mandatory",
  remediationSteps:
    'On the aws.ecr.Repository set `imageScanningConfiguration: { scanOnPush: true }` and `imageTagMutability: "IMMUTABLE"`, or reference the image by digest (`${repo.repositoryUrl}@sha256:...`) in primaryContainer.image, algorithmSpecification.trainingImage, baseImage, imageUri or the task definition.',
  minScope: ecrRepositoryScanOnPush.minScope,
  services: ["ecr", "sagemaker", "lambda", "ecs"],
  mappings: {
    nistCsf: ["GV.SC-07", "ID.RA-01", "PR.PS-01"],
    owaspLlm: ["LLM03"],
    mitreAtlas: ["AML.T0010", "AML.M0014", "AML.M0016"],
    cisaNcsc: ["secure-development", "secure-deployment"],
    seedItems: [
      "cisa.dev-supply-chain",
      "checklist.supply-dependency-scanning",
      "checklist.supply-pinned-libraries",
    ],
  },
  check: (resources) => checkImageConsumers(resources),
};
