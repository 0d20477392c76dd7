import { type SeedItem, enforced, itemsOf, outside, provisioned } from "./define";

const P0 = "Prerequisites";
const P1A = "Phase 1, weeks 1-2: assessment";
const P1B = "Phase 1, weeks 3-4: policy development";
const P2A = "Phase 2, weeks 5-6: risk management";
const P2B = "Phase 2, weeks 7-8: development integration";
const P3A = "Phase 3, weeks 9-10: access and data";
const P3B = "Phase 3, weeks 11-12: monitoring and response";
const POL = "The security policy document: its 13 elements";
const PROC = "Processes";
const OPS = "Operational procedures";
const FW = "Framework integration";

/** Seed 001: the program blueprint. Most of it is organisational. */
export const BLUEPRINT_ITEMS: readonly SeedItem[] = itemsOf("001", [
  [
    "executive-sponsorship",
    P0,
    "Secure an executive sponsor with the authority to set and enforce AI security policy.",
    outside("Sponsorship and authority are given by leadership; no infrastructure expresses them."),
  ],
  [
    "asset-inventory",
    P1A,
    "Inventory the GenAI assets: models, datasets, APIs and where they run.",
    provisioned(
      ["components/platform"],
      "Every component tags its resources with ai-system, ai-scope, data-class and owner, from which `scopeguard preview` lists a stack's AI assets; assets outside Pulumi are not seen.",
    ),
  ],
  [
    "stakeholder-map",
    P1A,
    "Map the owners, builders and users of each AI system with their roles.",
    outside("A stakeholder map is an organisational document."),
  ],
  [
    "threat-model-atlas",
    P1A,
    "Make a first risk assessment using MITRE ATLAS as the threat model.",
    outside(
      "Threat assessment is analysis by people; scopeguard maps its controls to ATLAS so the result can be compared with what is enforced.",
    ),
  ],
  [
    "policy-gap-analysis",
    P1A,
    "Compare existing security policies with GenAI needs and record the gaps.",
    outside("A gap analysis reviews written policies, which lie outside any stack."),
  ],
  [
    "draft-security-policy",
    P1B,
    "Draft a GenAI security policy that covers the thirteen elements.",
    outside(
      "Writing a policy document is an organisational task; the pack only enforces its technical parts.",
    ),
  ],
  [
    "risk-appetite",
    P1B,
    "Set a risk appetite for each AI use case.",
    outside(
      "Risk appetite is decided by the business; the declared scope and pack enforcement levels are where its outcome lands.",
    ),
  ],
  [
    "governance-structure",
    P1B,
    "Choose a governance structure, starting centralised and loosening it as the program matures.",
    outside("How governance is organised is a decision about teams and authority."),
  ],
  [
    "socialize-policy",
    P1B,
    "Circulate the draft policy to stakeholders and gather their feedback.",
    outside("Consulting stakeholders is communication between people."),
  ],
  [
    "vuln-scanning",
    P2A,
    "Put vulnerability scanning in place for AI components, drawing on AI and general vulnerability databases.",
    provisioned(
      ["components/images"],
      "The image registry scans every pushed image; tracking model- and library-level vulnerabilities in AI-specific databases is a tooling choice outside the stack.",
    ),
  ],
  [
    "risk-register",
    P2A,
    "Build a risk register of threats, impacts and mitigations.",
    outside("A risk register is a governance record kept by people or a GRC tool."),
  ],
  [
    "assign-controls",
    P2A,
    "Assign mitigating controls to each risk from a control library.",
    outside(
      "Choosing mitigations per risk is a governance decision; scopeguard's policy catalog offers ready-made infrastructure controls with framework mappings to choose from.",
    ),
  ],
  [
    "risk-review-cadence",
    P2A,
    "Review risks on a fixed cadence, for example quarterly.",
    outside("A review cadence is a calendar commitment, not infrastructure."),
  ],
  [
    "mlops-security-gates",
    P2B,
    "Add security gates to the MLOps pipeline.",
    enforced(
      "The pack is itself a gate on infrastructure in preview, and the policies keep released images immutable; gates on data and model quality live in the ML pipeline.",
    ),
  ],
  [
    "red-team-evaluation",
    P2B,
    "Set up a red-team evaluation process for models.",
    outside("Red-teaming is adversarial testing carried out by people against the running model."),
  ],
  [
    "model-signing",
    P2B,
    "Sign models and track their provenance.",
    provisioned(
      ["components/platform", "components/storage"],
      "Signing keys and object-locked, versioned artifact stores are provisioned from scope 4; signing and verifying in the pipeline is yours.",
    ),
  ],
  [
    "developer-training",
    P2B,
    "Train developers in secure AI development.",
    outside("Developer training is delivered to people."),
  ],
  [
    "access-mfa-rbac",
    P3A,
    "Roll out MFA and role-based access for AI assets.",
    provisioned(
      ["components/iam"],
      "Role-based, least-privilege roles for every AI workload and data store; MFA itself is enforced by your identity provider.",
    ),
  ],
  [
    "data-governance",
    P3A,
    "Put data governance in place: encryption, labelling and lifecycle.",
    provisioned(
      ["components/storage", "components/kms"],
      "Stores are encrypted with customer-managed keys, labelled with a data class and given lifecycle rules by class.",
    ),
  ],
  [
    "vendor-onboarding",
    P3A,
    "Bring third-party AI vendors under the security framework.",
    outside("Vendor onboarding is contracts, questionnaires and agreements between organisations."),
  ],
  [
    "access-monitoring",
    P3A,
    "Monitor and log access to AI assets, with dashboards.",
    provisioned(
      ["components/logging", "components/storage"],
      "The trail records data events on AI data stores and the stores write access logs; dashboards on top are yours.",
    ),
  ],
  [
    "anomaly-detection",
    P3B,
    "Detect anomalies in model behaviour.",
    provisioned(
      ["components/cost"],
      "CloudWatch alarms with an anomaly-detection band watch model invocations and input tokens; spotting unusual model outputs needs analysis of the invocation logs, which is yours.",
    ),
  ],
  [
    "ir-tabletop",
    P3B,
    "Run an incident response tabletop and test the plan.",
    outside("A tabletop is an exercise for people."),
  ],
  [
    "patch-management",
    P3B,
    "Set a patch management cadence: scan, test, schedule and record patches.",
    provisioned(
      ["components/compute"],
      "GPU hosts are SSM-managed with no SSH, so they can be patched centrally; the cadence and testing are yours.",
    ),
  ],
  [
    "alerting",
    P3B,
    "Configure alerts for critical security events.",
    provisioned(
      ["components/cost", "components/logging"],
      "Budget alerts catch runaway or abusive AI spend and the trail provides the events to alert on; choosing and routing security alerts is yours.",
    ),
  ],
  [
    "policy-goals",
    POL,
    "Policy element: goals such as model integrity, data privacy, innovation and compliance.",
    outside("Goals are statements in a policy document."),
  ],
  [
    "policy-responsibilities",
    POL,
    "Policy element: responsibilities of developers, data scientists, security and business leaders.",
    outside("Responsibilities are assigned to people in writing."),
  ],
  [
    "policy-structure",
    POL,
    "Policy element: cross-functional teams and their place in MLOps and DevSecOps.",
    outside("Team structure is an organisational design."),
  ],
  [
    "policy-compliance",
    POL,
    "Policy element: the regulations and standards the program must meet.",
    outside("Which regulations apply is a legal determination recorded in the policy."),
  ],
  [
    "policy-risk-management",
    POL,
    "Policy element: how both conventional and AI-specific risks are managed.",
    outside("The risk management method is described in the policy and run by people."),
  ],
  [
    "policy-purpose",
    POL,
    "Policy element: why the policy exists, from securing AI assets to ethical and legal duties.",
    outside("A purpose statement is prose in a document."),
  ],
  [
    "policy-scope",
    POL,
    "Policy element: which models, data sources, deployments and people it applies to.",
    outside(
      "The policy's applicability is a written boundary; scopeguard's scope model is a different notion (how much of the AI system you own).",
    ),
  ],
  [
    "policy-cia-objectives",
    POL,
    "Policy element: confidentiality, integrity and availability objectives for GenAI.",
    outside(
      "Objectives are stated in the policy; the components implement specific controls toward them, not the objectives themselves.",
    ),
  ],
  [
    "policy-enforcement",
    POL,
    "Policy element: how compliance is monitored, audited and reported.",
    outside(
      "The enforcement regime is organisational; the pack is one mechanism it can use for the technical rules.",
    ),
  ],
  [
    "policy-definitions",
    POL,
    "Policy element: definitions of terms such as LLM, RAG, prompt injection and poisoning.",
    outside("A glossary is part of the document."),
  ],
  [
    "policy-risk-appetite",
    POL,
    "Policy element: risk appetite by business domain, trading innovation against risk.",
    outside("The appetite is a business judgement written into the policy."),
  ],
  [
    "policy-behavior",
    POL,
    "Policy element: expected conduct of staff in model work, data handling and security.",
    outside("Conduct rules govern people."),
  ],
  [
    "policy-consequences",
    POL,
    "Policy element: sanctions for breaking the policy.",
    outside("Sanctions are an HR and management matter."),
  ],
  [
    "risk-catalog",
    PROC,
    "Keep a catalog of GenAI risks mapped to mitigations.",
    outside(
      "A risk catalog is governance documentation; scopeguard's docs map its own controls to frameworks but do not replace the catalog.",
    ),
  ],
  [
    "risk-assessment-workflow",
    PROC,
    "Follow a risk assessment workflow from identification through mitigation to monitoring.",
    outside("The workflow is a process run by people and tools outside the stack."),
  ],
  [
    "secure-ml-lifecycle",
    PROC,
    "Run a secure AI lifecycle with security gates from data collection to monitoring.",
    outside(
      "Lifecycle gates live in the ML pipeline and its reviews; the pack covers the infrastructure gate only.",
    ),
  ],
  [
    "adversarial-training",
    PROC,
    "Include adversarial training when building models.",
    outside("Adversarial training is a modelling technique applied in training code."),
  ],
  [
    "access-least-privilege",
    PROC,
    "Govern access to model APIs and training data with IAM and least-privilege roles.",
    provisioned(
      ["components/iam", "components/storage"],
      "Invoke permissions are scoped to named models and training-data stores grant access only to named roles.",
    ),
  ],
  [
    "authentication-procedure",
    OPS,
    "Authentication procedure: MFA, single sign-on and session timeouts.",
    outside("Sign-in rules are configured in the identity provider, not in the AI workload's stack."),
  ],
  [
    "access-review-procedure",
    OPS,
    "Access management procedure: access lists, quarterly reviews and revocation.",
    outside("Reviews and revocations are recurring decisions by people about who keeps access."),
  ],
  [
    "third-party-procedure",
    OPS,
    "Third-party procedure: due diligence, limited access and monitoring of vendors.",
    outside(
      "Due diligence is done on the vendor as an organisation; limiting its technical access is covered by the least-privilege items.",
    ),
  ],
  [
    "model-deployment-procedure",
    OPS,
    "Model deployment procedure: test, stage, restrict access and keep a way back.",
    outside(
      "The order of release steps and their sign-off is a delivery process; scopeguard checks each stage's infrastructure but not the procedure.",
    ),
  ],
  [
    "incident-response-procedure",
    OPS,
    "Incident response procedure: from spotting an incident through containing, removing and recovering from it to reviewing it.",
    outside("Incident handling is carried out by responders following a written procedure."),
  ],
  [
    "data-acquisition-procedure",
    OPS,
    "Data acquisition procedure: sourcing, compliance checks, validation and documentation.",
    outside("Acquiring data is a sourcing and review activity on the data itself."),
  ],
  [
    "data-labeling-procedure",
    OPS,
    "Data labelling procedure: automated and human labelling, bias checks and quality control.",
    outside("Labelling quality and bias are properties of the data work, not of infrastructure."),
  ],
  [
    "data-governance-procedure",
    OPS,
    "Data governance procedure: role-based access, monitoring, ethical guidelines and compliance.",
    provisioned(
      ["components/iam", "components/logging"],
      "Role-based access to data stores and data-event logging are provisioned; ethical guidelines and compliance checks are yours.",
    ),
  ],
  [
    "data-operations-procedure",
    OPS,
    "Data operations procedure: how data is encrypted, backed up, aged out and securely destroyed.",
    provisioned(
      ["components/storage", "components/kms"],
      "Encrypted, versioned stores with lifecycle expiry, and keys with a deletion window so disposal is deliberate.",
    ),
  ],
  [
    "framework-integration",
    FW,
    "Align the program with MITRE ATLAS, AVID, NIST NVD, CSA guidance and the OWASP LLM Top 10.",
    outside(
      "Aligning a program with frameworks is governance work; scopeguard publishes its own controls' mappings (docs/policies.md) as an input to it.",
    ),
  ],
]);
