import { type SeedItem, itemsOf, outside, provisioned } from "./define";

const M0 = "Determine your scope";
const M1 = "Buying generative AI";
const M2 = "Building generative AI";
const MX = "Securing the workload";

/** Seed 002: the scoping matrix. Each scope is provisioned by the scope bundle. */
export const MATRIX_ITEMS: readonly SeedItem[] = itemsOf("002", [
  [
    "determine-scope",
    M0,
    "Decide which of the five scopes a workload falls into before choosing controls.",
    provisioned(
      ["components/platform"],
      "The scope bundle takes the scope as its one required choice and tags every resource with it.",
    ),
  ],
  [
    "scope-1",
    M1,
    "Scope 1, consumer app: the business uses a public third-party AI service under its terms.",
    provisioned(
      ["components/platform", "components/secrets", "components/logging", "components/cost"],
      "Vendor API keys in Secrets Manager, an audit trail, a prompt log store with bounded retention and budget alerts.",
    ),
  ],
  [
    "scope-2",
    M1,
    "Scope 2, enterprise app: the business uses a vendor's application with AI features under a business agreement.",
    provisioned(
      ["components/platform", "components/iam", "components/network"],
      "As scope 1, plus least-privilege access for the integration and egress limited to approved endpoints.",
    ),
  ],
  [
    "scope-3",
    M2,
    "Scope 3, pre-trained model: the business builds its own application on a third-party foundation model through an API.",
    provisioned(
      [
        "components/platform",
        "components/network",
        "components/iam",
        "components/bedrock",
        "components/api",
        "components/vectorstore",
      ],
      "As scope 2, plus private endpoints, invocation logging, guardrails, model-scoped invoke permissions, an authenticated rate-limited API and a private vector store.",
    ),
  ],
  [
    "scope-4",
    M2,
    "Scope 4, fine-tuned model: the business tunes a foundation model on its own data into a new model.",
    provisioned(
      ["components/platform", "components/storage", "components/kms", "components/sagemaker"],
      "As scope 3, plus training-data and artifact stores, customisation jobs in the VPC with a CMK, and signing keys.",
    ),
  ],
  [
    "scope-5",
    M2,
    "Scope 5, self-trained model: the business trains a model from scratch on data it owns or acquires.",
    provisioned(
      [
        "components/platform",
        "components/network",
        "components/compute",
        "components/sagemaker",
        "components/images",
      ],
      "As scope 4, plus an isolated training network, hardened GPU hosts, VPC-only SageMaker and a scanning image registry.",
    ),
  ],
  [
    "learn-fundamentals",
    MX,
    "Learn how generative AI works and the threats that are specific to it.",
    outside("Building understanding is learning by people."),
  ],
  [
    "core-disciplines",
    MX,
    "Keep applying the established cloud disciplines (identity, data protection, privacy, application security, threat modelling) to AI workloads.",
    provisioned(
      ["components/platform", "components/iam", "components/kms", "components/storage", "components/network"],
      "The components apply the identity, data-protection and network parts of that baseline by default; privacy reviews and threat modelling stay with you.",
    ),
  ],
  [
    "prioritize-by-scope",
    MX,
    "Once the scope is known, put the security requirements of that scope first.",
    provisioned(
      ["components/platform"],
      "The bundle provisions the controls of the declared scope and the pack applies exactly the policies of that scope and below.",
    ),
  ],
]);
