import { type SeedItem, enforced, itemsOf, outside, provisioned } from "./define";

const GV = "Govern (GV)";
const ID = "Identify (ID)";
const PR = "Protect (PR)";
const DE = "Detect (DE)";
const RS = "Respond (RS)";
const RC = "Recover (RC)";

/** Seed 000: the NIST CSF-aligned checklist. */
export const CSF_ITEMS: readonly SeedItem[] = itemsOf("000", [
  [
    "gv-goals",
    GV,
    "State what the organisation wants from generative AI and what it requires of it.",
    enforced(),
  ],
  [
    "gv-compliance",
    GV,
    "Fold legal, regulatory, contractual and privacy obligations into those requirements.",
    outside(
      "Finding out which laws, contracts and privacy promises apply is analysis done by people; infrastructure can only carry the controls that follow from it.",
    ),
  ],
  [
    "gv-risk",
    GV,
    "Decide priorities, risk tolerance and working assumptions for the AI program.",
    outside(
      "Risk appetite is a management decision; scopeguard lets you record its outcome as a declared scope and pack enforcement levels, not make it.",
    ),
  ],
  [
    "gv-supply-chain",
    GV,
    "Put processes around the suppliers of AI platforms, models and training data.",
    enforced(
      "The policies keep AI data with the vetted cloud provider; choosing and overseeing suppliers is procurement and vendor management.",
    ),
  ],
  [
    "gv-accountability",
    GV,
    "Assign owners, roles and responsibilities for every part of the AI program.",
    outside(
      "Deciding who is accountable is an organisational act; scopeguard records the answer in the owner tag of each resource but cannot make the decision.",
    ),
  ],
  [
    "gv-policy",
    GV,
    "Write secure and ethical AI use into policies, standards and procedures.",
    outside(
      "Policies and ethical commitments are documents people adopt; the pack enforces only the technical standards that follow from them.",
    ),
  ],
  [
    "gv-data-inputs",
    GV,
    "Define which kinds of data may be given to AI systems and how AI content may be shared.",
    provisioned(
      ["components/bedrock"],
      "Guardrail sensitive-information filters block or mask the data classes the rule forbids at inference time; writing the rule, and rules for sharing outputs, stays with you.",
    ),
  ],
  ["gv-oversight", GV, "Review and adjust the AI program continually and openly.", enforced()],
  ["id-inventory", ID, "Keep an inventory of AI systems and the lineage of their training data.", enforced()],
  [
    "id-provenance",
    ID,
    "Know the origin of every model and training dataset.",
    provisioned(
      ["components/storage", "components/kms"],
      "Training data and model artifacts live in versioned, access-logged stores (object-locked for artifacts) under their own keys, so what was used and who changed it can be traced.",
    ),
  ],
  [
    "id-data-legitimacy",
    ID,
    "Check that training data sources are genuine and accurate.",
    outside(
      "Judging whether a dataset is authentic and correct means reviewing its content and source, which no resource setting can do.",
    ),
  ],
  [
    "id-threat-matrix",
    ID,
    "Understand the security risks to AI systems and keep a threat matrix.",
    outside(
      "Threat modelling is an analysis that people carry out and maintain; its results decide which controls to turn on.",
    ),
  ],
  [
    "id-reassess",
    ID,
    "Reassess AI systems on a schedule and act on what is found.",
    outside(
      "Reassessment is a recurring review; running the pack on every preview re-checks the infrastructure part, but acting on findings across the whole AI system is a process.",
    ),
  ],
  [
    "id-change-impact",
    ID,
    "Plan how to measure the effect of model and technology changes.",
    outside(
      "Measuring the effect of a model change takes evaluation suites and metrics run against the model, not infrastructure configuration.",
    ),
  ],
  [
    "id-tuning-granularity",
    ID,
    "Choose per use case whether a general or a specifically tuned model is needed.",
    enforced(),
  ],
  [
    "id-plugins",
    ID,
    "Review plugins and external services often, since they change quickly.",
    enforced(
      "The policies put guardrails and authorization in front of agents' tools; reviewing which plugins and services to allow stays a recurring human task.",
    ),
  ],
  [
    "pr-least-privilege",
    PR,
    "Grant access to and from AI systems and data by least privilege, using roles.",
    provisioned(
      ["components/iam", "components/kms", "components/storage"],
      "Roles, key policies and bucket policies grant named principals only the actions their job needs.",
    ),
  ],
  [
    "pr-trusted-patterns",
    PR,
    "Build, train and deploy on vetted infrastructure patterns and proven IAM building blocks.",
    provisioned(
      ["components/platform", "components/iam", "components/network"],
      "The components are those patterns: secure with no arguments, and every relaxation is an explicit argument the pack can see.",
    ),
  ],
  [
    "pr-access-chain",
    PR,
    "Apply access control at every link: data, model, services and endpoints.",
    provisioned(
      ["components/iam", "components/kms", "components/storage", "components/api"],
      "Data stores, keys, model invocation and the inference API each have their own access policy rather than relying on one perimeter.",
    ),
  ],
  [
    "pr-mfa",
    PR,
    "Make multi-factor authentication mandatory.",
    outside(
      "MFA is enforced where people sign in, in the identity provider or IAM Identity Center, not in the workload stacks scopeguard deploys.",
    ),
  ],
  [
    "pr-human-in-loop",
    PR,
    "Keep a human approving privileged operations and limit what AI systems may do on their own.",
    provisioned(
      ["components/iam"],
      "Roles given to AI workloads carry no IAM or key-administration permissions, so privileged changes still go through a person; approval steps inside the application are yours.",
    ),
  ],
  [
    "pr-llm-untrusted",
    PR,
    "Put boundaries around LLMs and treat them like untrusted users.",
    provisioned(
      ["components/iam", "components/network", "components/bedrock"],
      "Model-facing roles reach only named models and data, the network limits where they can connect, and guardrails filter what goes in and out.",
    ),
  ],
  [
    "pr-iam-audits",
    PR,
    "Audit IAM regularly: review access and remove what is unused.",
    outside(
      "An access review looks at how permissions are actually used over time, which is an operational task; scopeguard's narrow roles keep it small.",
    ),
  ],
  [
    "pr-training",
    PR,
    "Teach users to handle AI inputs and outputs sceptically and not to leak sensitive data.",
    outside("Staff training is delivered to people and cannot be expressed as infrastructure."),
  ],
  [
    "pr-ethics",
    PR,
    "Educate users on responsible and ethical AI use.",
    outside("Ethics education shapes how people use AI; there is no resource setting for it."),
  ],
  [
    "pr-data-protection",
    PR,
    "Protect training data, inputs and outputs at rest, in transit and in use.",
    provisioned(
      ["components/kms", "components/storage", "components/vectorstore", "components/network"],
      "Stores are encrypted with customer-managed keys and refuse plain-HTTP access, and model traffic stays on private endpoints.",
    ),
  ],
  [
    "pr-encryption",
    PR,
    "Encrypt data at every stage.",
    provisioned(
      [
        "components/kms",
        "components/storage",
        "components/secrets",
        "components/logging",
        "components/vectorstore",
      ],
      "Every store the components create is encrypted with a rotating customer-managed key and requires TLS.",
    ),
  ],
  [
    "pr-no-sensitive-training",
    PR,
    "Do not train on sensitive data; sanitise or anonymise it where possible.",
    outside(
      "Whether a dataset contains sensitive records depends on its content; sanitising and anonymising happen in the data pipeline, not in resource configuration.",
    ),
  ],
  [
    "pr-io-validation",
    PR,
    "Validate inputs and outputs at every step, treating both as untrusted.",
    provisioned(
      ["components/bedrock", "components/api"],
      "Guardrails screen prompts and responses, and the inference API validates requests before they reach the model; validation in your own code is still needed.",
    ),
  ],
  [
    "pr-output-accuracy",
    PR,
    "Check outputs for accuracy so misinformation is not used downstream.",
    outside(
      "Whether an answer is true needs application logic, grounding data or human review; no infrastructure setting can establish accuracy in general.",
    ),
  ],
  [
    "pr-data-lifecycle",
    PR,
    "Enforce a data lifecycle that archives or destroys data no longer needed.",
    provisioned(
      ["components/storage", "components/logging"],
      "Lifecycle rules expire or archive objects and log groups have bounded retention, set by data class.",
    ),
  ],
  [
    "pr-lifecycle-automation",
    PR,
    "Document the data, model and service lifecycle and enforce it automatically.",
    provisioned(
      ["components/storage", "components/logging", "components/platform"],
      "Lifecycle and retention are declared in code and applied on every deployment, and the pack checks them.",
    ),
  ],
  [
    "pr-platform-security",
    PR,
    "Harden the AI platform and the technology beneath it, including training and serving systems and their endpoints.",
    provisioned(
      ["components/network", "components/compute", "components/sagemaker", "components/api"],
      "Training and inference run in private networks on hardened hosts, with private, authenticated endpoints.",
    ),
  ],
  [
    "pr-logging",
    PR,
    "Generate and keep logs of all user and administrator activity on the AI platform and its data.",
    provisioned(
      ["components/logging", "components/bedrock", "components/storage"],
      "The audit trail records management and data events, model invocations are logged, and data stores write access logs, all kept for a bounded period.",
    ),
  ],
  [
    "pr-resilience",
    PR,
    "Keep AI systems available: resist denial of service with rate limits and resource caps.",
    provisioned(
      ["components/api", "components/cost"],
      "The inference API is throttled and metered per client, and budgets alert when spend runs away.",
    ),
  ],
  [
    "de-monitoring",
    DE,
    "Watch the platform, its data stores and its users for signs of compromise or misuse.",
    provisioned(
      ["components/logging"],
      "API and data events of every AI resource are recorded in a trail that detection tooling can watch; running the detection is yours.",
    ),
  ],
  [
    "de-provider-monitoring",
    DE,
    "Make sure any AI service provider you use watches for and responds to anomalies.",
    outside(
      "This is a contractual and due-diligence question for the provider; nothing in your own stack can make a vendor monitor its service.",
    ),
  ],
  [
    "de-siem",
    DE,
    "Send platform, data-store and user activity logs to the SIEM so events can be correlated.",
    provisioned(
      ["components/logging"],
      "Trail and invocation logs land in encrypted stores a SIEM can subscribe to; connecting the SIEM itself happens outside the stack.",
    ),
  ],
  [
    "rs-plan",
    RS,
    "Prepare a response plan for incidents involving AI systems.",
    outside("A response plan is a document and a set of agreed roles, written and owned by people."),
  ],
  [
    "rs-tabletop",
    RS,
    "Run tabletop exercises regularly to test and improve incident response.",
    outside("Tabletop exercises are rehearsals with people in a room; there is nothing to deploy."),
  ],
  [
    "rs-analysis",
    RS,
    "During incidents, record findings and actions, keep a chain of custody and find the root cause.",
    enforced(
      "The policies keep audit logs tamper-evident and retained long enough to investigate; the investigation, custody of evidence and root-cause analysis are responder practices.",
    ),
  ],
  [
    "rs-communication",
    RS,
    "Set up ways to keep internal and external stakeholders informed during a response.",
    outside("Who is told what, and when, during an incident is a communication process, not infrastructure."),
  ],
  [
    "rs-containment",
    RS,
    "Plan and train for fast containment and eradication of incidents.",
    outside(
      "Containment is carried out by trained responders; scopeguard's separately scoped roles and keys make it possible to cut off one part without stopping everything.",
    ),
  ],
  [
    "rs-escalation",
    RS,
    "Have clear escalation paths so incidents are not held up.",
    outside("Escalation paths are an organisational agreement about people and authority."),
  ],
  [
    "rc-integrity",
    RC,
    "Before going back online, verify system and data integrity and document each recovery step.",
    provisioned(
      ["components/storage", "components/kms"],
      "Versioning and object lock keep known-good copies of data and artifacts to verify against and restore; the verification and its record are yours.",
    ),
  ],
  [
    "rc-communication",
    RC,
    "Tell internal and external stakeholders about recovery, including any public disclosure.",
    outside("Recovery communication and public disclosure are decisions and messages made by people."),
  ],
]);
