import { type SeedItem, enforced, itemsOf, outside, provisioned } from "./define";

const AUTH = "Authentication and access control";
const DATA = "Data handling and privacy";
const GUARD = "Model governance and guardrails";
const MON = "Monitoring and incident response";
const SUPPLY = "Supply chain and dependencies";
const OPSC = "Deployment and operations";

/** Seed 003: the practitioner checklist. */
export const CHECKLIST_ITEMS: readonly SeedItem[] = itemsOf("003", [
  [
    "auth-secrets-manager",
    AUTH,
    "Keep AI API keys in a secrets manager, never in source code or environment files.",
    provisioned(
      ["components/secrets"],
      "Vendor API keys are Secrets Manager secrets encrypted with a CMK and read at run time by named roles.",
    ),
  ],
  [
    "auth-endpoints-authenticated",
    AUTH,
    "Require authentication on every AI endpoint; no open inference APIs.",
    provisioned(
      ["components/api", "components/sagemaker"],
      "The inference API requires an authorizer on every route and model endpoints are reachable only privately.",
    ),
  ],
  [
    "auth-rbac",
    AUTH,
    "Use roles to control who administers models, training data and prompt configuration.",
    provisioned(
      ["components/iam"],
      "Separate roles for model administration, data access and invocation, each with its own permissions.",
    ),
  ],
  [
    "auth-key-rotation",
    AUTH,
    "Rotate API keys automatically under a defined policy.",
    provisioned(
      ["components/secrets", "components/kms"],
      "Secrets have a rotation schedule and customer-managed keys rotate their material.",
    ),
  ],
  [
    "data-pii-masking",
    DATA,
    "Remove or mask personal data before it reaches the model.",
    provisioned(
      ["components/bedrock"],
      "Guardrail sensitive-information filters mask or block personal data in prompts and responses.",
    ),
  ],
  [
    "data-audit-trail",
    DATA,
    "Keep an audit trail of everything sent to and returned from AI services.",
    provisioned(
      ["components/logging", "components/bedrock"],
      "Model-invocation logging records prompts and responses, and the trail records who called what.",
    ),
  ],
  [
    "data-retention",
    DATA,
    "Set retention for prompts, completions and embeddings.",
    provisioned(
      ["components/logging", "components/storage"],
      "Prompt and response logs and data stores expire data after a bounded period set by data class.",
    ),
  ],
  [
    "data-provider-review",
    DATA,
    "Review how third-party AI providers handle data for compliance.",
    enforced(
      "The policies keep retrieval data in AWS rather than in unreviewed third-party stores; reviewing a provider's data handling is due diligence on contracts and documentation.",
    ),
  ],
  [
    "guard-output-validation",
    GUARD,
    "Put a validation layer between model output and what users see.",
    provisioned(
      ["components/bedrock"],
      "Guardrails evaluate every model response before it is returned; application-level checks remain yours.",
    ),
  ],
  [
    "guard-content-filtering",
    GUARD,
    "Filter harmful, biased or off-topic output.",
    provisioned(["components/bedrock"], "Guardrails enable content filters and denied topics by default."),
  ],
  [
    "guard-fallback",
    GUARD,
    "Define what happens when the model fails or makes things up.",
    outside(
      "What the product does when a model errs is application behaviour, written in code and product design.",
    ),
  ],
  [
    "guard-prompt-injection",
    GUARD,
    "Defend user-facing inputs against prompt injection.",
    provisioned(["components/bedrock"], "Guardrails turn the prompt-attack filter on at high strength."),
  ],
  [
    "mon-logging",
    MON,
    "Log every AI interaction: inputs, outputs, latency and errors.",
    provisioned(
      ["components/bedrock", "components/logging", "components/api"],
      "Invocation logs capture inputs and outputs, and API access logs capture latency and errors.",
    ),
  ],
  [
    "mon-anomaly-alerts",
    MON,
    "Alert on unusual usage and cost spikes.",
    provisioned(
      ["components/cost"],
      "Budgets alert on spend, and alarms with an anomaly-detection band watch model invocations and input tokens.",
    ),
  ],
  [
    "mon-incident-plan",
    MON,
    "Have an incident response plan covering AI-specific failures.",
    outside("A response plan is written and rehearsed by people."),
  ],
  [
    "mon-drift-review",
    MON,
    "Review model outputs regularly for drift or degradation.",
    outside("Judging output quality over time needs evaluation and human review of what the model says."),
  ],
  [
    "supply-pinned-libraries",
    SUPPLY,
    "Pin AI libraries and SDKs to reviewed versions.",
    enforced(
      "The policies make container image tags immutable and require workloads to pull from hardened repositories; pinning library versions in package manifests and lockfiles is yours.",
    ),
  ],
  [
    "supply-model-evaluation",
    SUPPLY,
    "Evaluate third-party models for known weaknesses before use.",
    outside(
      "Evaluating a model is testing its behaviour; the stack can only restrict invocation to the models that passed.",
    ),
  ],
  [
    "supply-isolated-self-hosted",
    SUPPLY,
    "Isolate self-hosted models from production networks where possible.",
    provisioned(
      ["components/network", "components/compute", "components/sagemaker"],
      "Self-hosted training and inference run in their own network with no internet route.",
    ),
  ],
  [
    "supply-dependency-scanning",
    SUPPLY,
    "Include AI and ML packages in dependency scanning.",
    enforced(
      "The policies require the registry to scan every pushed image; scanning application dependencies in CI is yours.",
    ),
  ],
  [
    "ops-rate-limiting",
    OPSC,
    "Put AI services behind throttling and abuse protection.",
    provisioned(["components/api"], "The inference API has throttling and per-client quotas by default."),
  ],
  [
    "ops-budget-alerts",
    OPSC,
    "Control costs and alert on AI API budgets.",
    provisioned(["components/cost"], "A budget with alert thresholds on AI spend is part of every scope."),
  ],
  [
    "ops-staging",
    OPSC,
    "Test prompt and model changes in a staging environment first.",
    outside(
      "A staging stack is another instance of the same program; making changes pass through it first is a release process.",
    ),
  ],
  [
    "ops-rollback",
    OPSC,
    "Be able to roll back model updates and prompt changes.",
    provisioned(
      ["components/storage"],
      "Model artifacts are versioned and object-locked so an earlier model can be restored; the rollback procedure and prompt versioning are yours.",
    ),
  ],
]);
