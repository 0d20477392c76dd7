import { type SeedItem, enforced, itemsOf, outside, provisioned } from "./define";

const SD = "Secure design";
const SDEV = "Secure development";
const SDEP = "Secure deployment";
const SOP = "Secure operation and maintenance";

/** Seed 004: the CISA/NCSC guidelines. */
export const CISA_ITEMS: readonly SeedItem[] = itemsOf("004", [
  [
    "design-awareness",
    SD,
    "Make staff aware of AI threats and train developers in secure coding.",
    outside("Awareness and secure-coding training are delivered to people."),
  ],
  [
    "design-threat-model",
    SD,
    "Model the threats to the system and base security decisions on the assessed risk.",
    outside("Threat modelling is an analysis; its results choose the controls, they are not a control."),
  ],
  [
    "design-security-first",
    SD,
    "Treat security as a primary design goal beside function and performance.",
    enforced(),
  ],
  [
    "design-model-selection",
    SD,
    "Weigh security trade-offs, including the model's supply chain, when choosing a model.",
    outside(
      "Choosing a model is a judgement about its fitness and origin; the stack records the choice as the model ids it may invoke.",
    ),
  ],
  [
    "dev-supply-chain",
    SDEV,
    "Monitor the security of the AI supply chain and hold suppliers to strong practices.",
    enforced(
      "The policies require scanned, immutable images from hardened repositories; holding suppliers to standards is vendor management done in agreements and reviews.",
    ),
  ],
  [
    "dev-asset-protection",
    SDEV,
    "Identify, track and protect assets, including logs and model inputs and outputs.",
    provisioned(
      ["components/storage", "components/kms", "components/logging"],
      "Assets are tagged, and logs, inputs and outputs are kept in encrypted, access-controlled stores.",
    ),
  ],
  [
    "dev-documentation",
    SDEV,
    "Document models, datasets and system prompts, with SBOMs, hashes and retention periods.",
    outside(
      "Model cards, dataset records and SBOMs come out of the ML process; scopeguard documents only the infrastructure.",
    ),
  ],
  ["dev-technical-debt", SDEV, "Identify, track and manage technical debt.", enforced()],
  [
    "deploy-secure-infrastructure",
    SDEP,
    "Secure the infrastructure: access control on APIs and separation of sensitive environments.",
    provisioned(
      ["components/network", "components/iam", "components/api"],
      "APIs require authorization, and training, data and inference sit in separate networks and roles.",
    ),
  ],
  [
    "deploy-protect-model",
    SDEP,
    "Protect the model continuously, control its query interface and publish hashes or signatures of model files.",
    provisioned(
      ["components/kms", "components/storage", "components/platform", "components/api"],
      "Artifacts are encrypted and object-locked, signing keys are provisioned and the query API is authenticated and throttled.",
    ),
  ],
  [
    "deploy-incident-management",
    SDEP,
    "Prepare incident management: a response plan, offline backups and good audit logs.",
    provisioned(
      ["components/storage", "components/platform", "components/logging"],
      "Versioned, object-locked stores, AWS Backup copies of model data and a tamper-evident audit trail are provisioned; the plan and responder training are yours.",
    ),
  ],
  [
    "deploy-responsible-release",
    SDEP,
    "Release AI systems only after security evaluation and testing.",
    enforced(
      "The policies require the safety filters a release needs; gating a release on evaluation results belongs to the release process.",
    ),
  ],
  [
    "deploy-secure-defaults",
    SDEP,
    "Make the secure configuration the default, and where possible the only option.",
    enforced(),
  ],
  [
    "ops-monitor-behaviour",
    SOP,
    "Monitor the system's outputs for signs of intrusion and compromise.",
    provisioned(
      ["components/bedrock", "components/logging"],
      "Invocation logging records every response to an encrypted store; analysing it is yours.",
    ),
  ],
  [
    "ops-monitor-inputs",
    SOP,
    "Log and monitor inputs such as prompts, and detect adversarial or out-of-distribution ones.",
    provisioned(
      ["components/bedrock", "components/logging", "components/api"],
      "Prompts are logged, and guardrails flag prompt attacks; detection of out-of-distribution input is yours.",
    ),
  ],
  [
    "ops-secure-updates",
    SOP,
    "Update securely: automatic by default, modular, with major updates handled as new versions.",
    outside(
      "How software and model updates are packaged and rolled out is a delivery process; the pack re-checks each update's infrastructure.",
    ),
  ],
  [
    "ops-lessons-learned",
    SOP,
    "Share lessons learned and vulnerability information, and fix issues promptly.",
    outside("Information sharing and disclosure happen between people and communities."),
  ],
]);
