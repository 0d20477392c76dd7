import type { CisaNcscStage } from "../framework/types";

/**
 * The external frameworks scopeguard maps its controls to, with short titles in our own words.
 * Only ids we are sure of are listed: the docs print these titles and the catalog tests reject a
 * policy that names an id missing here, which catches typos and ids from older framework versions
 * (NIST CSF 1.1's `PR.AC-*` and `PR.DS-05`, for example, do not exist in 2.0).
 */

/** A NIST CSF 2.0 subcategory id: function, category, two-digit number (`PR.DS-01`). */
export const NIST_CSF_ID_PATTERN = /^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-\d{2}$/;

/** An OWASP Top 10 for LLM Applications 2025 id, `LLM01` to `LLM10`. */
export const OWASP_LLM_ID_PATTERN = /^LLM(0[1-9]|10)$/;

/** A MITRE ATLAS technique or mitigation id, with an optional sub-technique (`AML.T0051.001`). */
export const MITRE_ATLAS_ID_PATTERN = /^AML\.(T|M)\d{4}(\.\d{3})?$/;

/** The six CSF 2.0 functions, by their two-letter prefix. */
export const NIST_CSF_FUNCTIONS: Readonly<Record<string, string>> = {
  GV: "Govern",
  ID: "Identify",
  PR: "Protect",
  DE: "Detect",
  RS: "Respond",
  RC: "Recover",
};

/** CSF 2.0 categories, by their `XX.YY` prefix. */
export const NIST_CSF_CATEGORIES: Readonly<Record<string, string>> = {
  "GV.OC": "Organizational context",
  "GV.RM": "Risk management strategy",
  "GV.RR": "Roles, responsibilities and authorities",
  "GV.PO": "Policy",
  "GV.OV": "Oversight",
  "GV.SC": "Cybersecurity supply chain risk management",
  "ID.AM": "Asset management",
  "ID.RA": "Risk assessment",
  "ID.IM": "Improvement",
  "PR.AA": "Identity management, authentication and access control",
  "PR.AT": "Awareness and training",
  "PR.DS": "Data security",
  "PR.PS": "Platform security",
  "PR.IR": "Technology infrastructure resilience",
  "DE.CM": "Continuous monitoring",
  "DE.AE": "Adverse event analysis",
  "RS.MA": "Incident management",
  "RS.AN": "Incident analysis",
  "RS.CO": "Incident response reporting and communication",
  "RS.MI": "Incident mitigation",
  "RC.RP": "Incident recovery plan execution",
  "RC.CO": "Incident recovery communication",
};

/** Every NIST CSF 2.0 subcategory (withdrawn numbers omitted), with a short paraphrased title. */
export const NIST_CSF_SUBCATEGORIES: Readonly<Record<string, string>> = {
  "GV.OC-01": "Mission informs cybersecurity risk management",
  "GV.OC-02": "Stakeholder needs and expectations understood",
  "GV.OC-03": "Legal, regulatory and contractual requirements managed",
  "GV.OC-04": "Objectives and services others depend on understood",
  "GV.OC-05": "Outcomes and services the organization depends on understood",
  "GV.RM-01": "Risk management objectives agreed",
  "GV.RM-02": "Risk appetite and tolerance stated",
  "GV.RM-03": "Cyber risk part of enterprise risk management",
  "GV.RM-04": "Strategic direction for risk response set",
  "GV.RM-05": "Lines of communication for cyber risk established",
  "GV.RM-06": "Standard method to calculate and prioritize risk",
  "GV.RM-07": "Strategic opportunities (positive risks) characterized",
  "GV.RR-01": "Leadership accountable for cybersecurity risk",
  "GV.RR-02": "Roles, responsibilities and authorities established",
  "GV.RR-03": "Adequate resources allocated",
  "GV.RR-04": "Cybersecurity included in human resources practices",
  "GV.PO-01": "Risk management policy established and enforced",
  "GV.PO-02": "Policy reviewed and updated as things change",
  "GV.OV-01": "Strategy outcomes reviewed",
  "GV.OV-02": "Strategy adjusted to cover requirements and risks",
  "GV.OV-03": "Risk management performance evaluated",
  "GV.SC-01": "Supply chain risk program established",
  "GV.SC-02": "Supplier, customer and partner roles established",
  "GV.SC-03": "Supply chain risk integrated into risk management",
  "GV.SC-04": "Suppliers known and prioritized by criticality",
  "GV.SC-05": "Supply chain security requirements in contracts",
  "GV.SC-06": "Due diligence before supplier relationships",
  "GV.SC-07": "Supplier risks assessed and monitored throughout",
  "GV.SC-08": "Suppliers included in incident planning and response",
  "GV.SC-09": "Supply chain security practices monitored over the lifecycle",
  "GV.SC-10": "Provisions for after a supplier relationship ends",
  "ID.AM-01": "Hardware inventory maintained",
  "ID.AM-02": "Software, services and systems inventory maintained",
  "ID.AM-03": "Network communication and data flows represented",
  "ID.AM-04": "Supplier services inventory maintained",
  "ID.AM-05": "Assets prioritized by classification and criticality",
  "ID.AM-07": "Data inventory and metadata maintained",
  "ID.AM-08": "Assets managed throughout their life cycles",
  "ID.RA-01": "Vulnerabilities identified and recorded",
  "ID.RA-02": "Threat intelligence received",
  "ID.RA-03": "Internal and external threats identified",
  "ID.RA-04": "Impacts and likelihoods of threats identified",
  "ID.RA-05": "Risk understood to prioritize responses",
  "ID.RA-06": "Risk responses chosen, planned and tracked",
  "ID.RA-07": "Changes and exceptions managed and assessed for risk",
  "ID.RA-08": "Vulnerability disclosure handling established",
  "ID.RA-09": "Authenticity and integrity of hardware and software assessed",
  "ID.RA-10": "Critical suppliers assessed before acquisition",
  "ID.IM-01": "Improvements identified from evaluations",
  "ID.IM-02": "Improvements identified from tests and exercises",
  "ID.IM-03": "Improvements identified from operations",
  "ID.IM-04": "Incident response and other plans maintained and improved",
  "PR.AA-01": "Identities and credentials managed",
  "PR.AA-02": "Identities proofed and bound to credentials",
  "PR.AA-03": "Users, services and hardware authenticated",
  "PR.AA-04": "Identity assertions protected and verified",
  "PR.AA-05": "Access permissions managed with least privilege",
  "PR.AA-06": "Physical access managed",
  "PR.AT-01": "Personnel given awareness and training",
  "PR.AT-02": "Specialized roles given targeted training",
  "PR.DS-01": "Data at rest protected",
  "PR.DS-02": "Data in transit protected",
  "PR.DS-10": "Data in use protected",
  "PR.DS-11": "Backups created, protected and tested",
  "PR.PS-01": "Configuration management applied",
  "PR.PS-02": "Software maintained, replaced and removed by risk",
  "PR.PS-03": "Hardware maintained, replaced and removed by risk",
  "PR.PS-04": "Log records generated for continuous monitoring",
  "PR.PS-05": "Unauthorized software prevented",
  "PR.PS-06": "Secure software development practices integrated",
  "PR.IR-01": "Networks and environments protected from unauthorized access",
  "PR.IR-02": "Technology assets protected from environmental threats",
  "PR.IR-03": "Resilience mechanisms implemented",
  "PR.IR-04": "Adequate resource capacity maintained",
  "DE.CM-01": "Networks and network services monitored",
  "DE.CM-02": "Physical environment monitored",
  "DE.CM-03": "Personnel activity and technology usage monitored",
  "DE.CM-06": "External service provider activity monitored",
  "DE.CM-09": "Computing hardware, software and runtimes monitored",
  "DE.AE-02": "Adverse events analyzed",
  "DE.AE-03": "Information correlated from multiple sources",
  "DE.AE-04": "Impact and scope of adverse events estimated",
  "DE.AE-06": "Adverse event information provided to staff and tools",
  "DE.AE-07": "Threat intelligence integrated into analysis",
  "DE.AE-08": "Incidents declared on defined criteria",
  "RS.MA-01": "Incident response plan executed with third parties",
  "RS.MA-02": "Incident reports triaged and validated",
  "RS.MA-03": "Incidents categorized and prioritized",
  "RS.MA-04": "Incidents escalated as needed",
  "RS.MA-05": "Criteria for starting recovery applied",
  "RS.AN-03": "Root cause analysis performed",
  "RS.AN-06": "Investigation actions recorded with integrity",
  "RS.AN-07": "Incident data collected with integrity and provenance",
  "RS.AN-08": "Incident magnitude estimated and validated",
  "RS.CO-02": "Stakeholders notified of incidents",
  "RS.CO-03": "Incident information shared with designated stakeholders",
  "RS.MI-01": "Incidents contained",
  "RS.MI-02": "Incidents eradicated",
  "RC.RP-01": "Recovery portion of the response plan executed",
  "RC.RP-02": "Recovery actions selected and performed",
  "RC.RP-03": "Integrity of backups verified before restoring",
  "RC.RP-04": "Post-incident operational norms established",
  "RC.RP-05": "Integrity of restored assets verified",
  "RC.RP-06": "End of recovery declared and documented",
  "RC.CO-03": "Recovery progress communicated to stakeholders",
  "RC.CO-04": "Public updates on recovery shared",
};

/** OWASP Top 10 for LLM Applications 2025. */
export const OWASP_LLM_2025: Readonly<Record<string, string>> = {
  LLM01: "Prompt Injection",
  LLM02: "Sensitive Information Disclosure",
  LLM03: "Supply Chain",
  LLM04: "Data and Model Poisoning",
  LLM05: "Improper Output Handling",
  LLM06: "Excessive Agency",
  LLM07: "System Prompt Leakage",
  LLM08: "Vector and Embedding Weaknesses",
  LLM09: "Misinformation",
  LLM10: "Unbounded Consumption",
};

/**
 * MITRE ATLAS techniques and mitigations scopeguard may map to. Not the whole matrix: add an id
 * here, with its ATLAS title, when a policy needs one that is missing.
 */
export const MITRE_ATLAS: Readonly<Record<string, string>> = {
  "AML.T0007": "Discover ML Artifacts",
  "AML.T0010": "ML Supply Chain Compromise",
  "AML.T0010.000": "ML Supply Chain Compromise: Hardware",
  "AML.T0010.001": "ML Supply Chain Compromise: ML Software",
  "AML.T0010.002": "ML Supply Chain Compromise: Data",
  "AML.T0010.003": "ML Supply Chain Compromise: Model",
  "AML.T0011": "User Execution",
  "AML.T0012": "Valid Accounts",
  "AML.T0015": "Evade ML Model",
  "AML.T0018": "Backdoor ML Model",
  "AML.T0018.000": "Backdoor ML Model: Poison ML Model",
  "AML.T0018.001": "Backdoor ML Model: Inject Payload",
  "AML.T0019": "Publish Poisoned Datasets",
  "AML.T0020": "Poison Training Data",
  "AML.T0024": "Exfiltration via ML Inference API",
  "AML.T0024.000": "Exfiltration via ML Inference API: Infer Training Data Membership",
  "AML.T0024.001": "Exfiltration via ML Inference API: Invert ML Model",
  "AML.T0024.002": "Exfiltration via ML Inference API: Extract ML Model",
  "AML.T0025": "Exfiltration via Cyber Means",
  "AML.T0029": "Denial of ML Service",
  "AML.T0031": "Erode ML Model Integrity",
  "AML.T0034": "Cost Harvesting",
  "AML.T0035": "ML Artifact Collection",
  "AML.T0036": "Data from Information Repositories",
  "AML.T0040": "ML Model Inference API Access",
  "AML.T0043": "Craft Adversarial Data",
  "AML.T0044": "Full ML Model Access",
  "AML.T0046": "Spamming ML System with Chaff Data",
  "AML.T0047": "ML-Enabled Product or Service",
  "AML.T0048": "External Harms",
  "AML.T0049": "Exploit Public-Facing Application",
  "AML.T0051": "LLM Prompt Injection",
  "AML.T0051.000": "LLM Prompt Injection: Direct",
  "AML.T0051.001": "LLM Prompt Injection: Indirect",
  "AML.T0053": "LLM Plugin Compromise",
  "AML.T0054": "LLM Jailbreak",
  "AML.T0055": "Unsecured Credentials",
  "AML.T0056": "LLM Meta Prompt Extraction",
  "AML.T0057": "LLM Data Leakage",
  "AML.M0000": "Limit Public Release of Information",
  "AML.M0001": "Limit Model Artifact Release",
  "AML.M0002": "Passive ML Output Obfuscation",
  "AML.M0003": "Model Hardening",
  "AML.M0004": "Restrict Number of ML Model Queries",
  "AML.M0005": "Control Access to ML Models and Data at Rest",
  "AML.M0006": "Use Ensemble Methods",
  "AML.M0007": "Sanitize Training Data",
  "AML.M0008": "Validate ML Model",
  "AML.M0011": "Restrict Library Loading",
  "AML.M0012": "Encrypt Sensitive Information",
  "AML.M0013": "Code Signing",
  "AML.M0014": "Verify ML Artifacts",
  "AML.M0015": "Adversarial Input Detection",
  "AML.M0016": "Vulnerability Scanning",
  "AML.M0017": "Model Distribution Methods",
  "AML.M0018": "User Training",
  "AML.M0019": "Control Access to ML Models and Data in Production",
  "AML.M0020": "Generative AI Guardrails",
  "AML.M0021": "Generative AI Guidelines",
  "AML.M0022": "Generative AI Model Alignment",
  "AML.M0023": "AI Bill of Materials",
  "AML.M0024": "AI Telemetry Logging",
  "AML.M0025": "Maintain AI Dataset Provenance",
};

/** The four stages of the CISA/NCSC Guidelines for Secure AI System Development, in order. */
export const CISA_NCSC_STAGES: Readonly<Record<CisaNcscStage, string>> = {
  "secure-design": "Secure design",
  "secure-development": "Secure development",
  "secure-deployment": "Secure deployment",
  "secure-operation": "Secure operation and maintenance",
};

/** The framework families a policy mapping can name. */
export type FrameworkFamily = "nist-csf" | "owasp-llm" | "mitre-atlas" | "cisa-ncsc";

/** Display names of the framework families, as the docs and the CLI print them. */
export const FRAMEWORK_TITLES: Readonly<Record<FrameworkFamily, string>> = {
  "nist-csf": "NIST CSF 2.0",
  "owasp-llm": "OWASP Top 10 for LLM Applications 2025",
  "mitre-atlas": "MITRE ATLAS",
  "cisa-ncsc": "CISA/NCSC Guidelines for Secure AI System Development",
};

/**
 * Which framework an id belongs to, judged by its shape (`PR.DS-01`, `LLM01`, `AML.M0012`,
 * `secure-design`); `undefined` for anything else. Case-sensitive, as the ids are written.
 */
export function frameworkOf(id: string): FrameworkFamily | undefined {
  if (NIST_CSF_ID_PATTERN.test(id)) {
    return "nist-csf";
  }
  if (OWASP_LLM_ID_PATTERN.test(id)) {
    return "owasp-llm";
  }
  if (MITRE_ATLAS_ID_PATTERN.test(id)) {
    return "mitre-atlas";
  }
  if (Object.prototype.hasOwnProperty.call(CISA_NCSC_STAGES, id)) {
    return "cisa-ncsc";
  }
  return undefined;
}

const TITLES: Readonly<Record<FrameworkFamily, Readonly<Record<string, string>>>> = {
  "nist-csf": NIST_CSF_SUBCATEGORIES,
  "owasp-llm": OWASP_LLM_2025,
  "mitre-atlas": MITRE_ATLAS,
  "cisa-ncsc": CISA_NCSC_STAGES,
};

/** The short title of a framework id, or `undefined` when the catalog does not know the id. */
export function frameworkTitle(id: string): string | undefined {
  const family = frameworkOf(id);
  if (family === undefined) {
    return undefined;
  }
  const titles = TITLES[family];
  return Object.prototype.hasOwnProperty.call(titles, id) ? titles[id] : undefined;
}

/** `PR.DS-01 (Data at rest protected)`, or the bare id when its title is unknown. */
export function describeFrameworkId(id: string): string {
  const title = frameworkTitle(id);
  return title === undefined ? id : `${id} (${title})`;
}
