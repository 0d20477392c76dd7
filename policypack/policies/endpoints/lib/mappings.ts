import type { ControlMappings } from "../../../framework/types";

/** Mappings shared by the three "the inference endpoint authenticates its callers" policies. */
export const ENDPOINT_AUTH_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.AA-03", "PR.AA-05"],
  owaspLlm: ["LLM10"],
  mitreAtlas: ["AML.M0019", "AML.T0034", "AML.T0040"],
  cisaNcsc: ["secure-deployment"],
  seedItems: [
    "checklist.auth-endpoints-authenticated",
    "csf.pr-access-chain",
    "cisa.deploy-protect-model",
    "matrix.scope-3",
  ],
};

/** Mappings shared by the rate-limiting policies. */
export const RATE_LIMIT_MAPPINGS: ControlMappings = {
  nistCsf: ["PR.IR-04"],
  owaspLlm: ["LLM10"],
  mitreAtlas: ["AML.M0004", "AML.T0029", "AML.T0034"],
  cisaNcsc: ["secure-deployment"],
  seedItems: ["checklist.ops-rate-limiting", "cisa.deploy-secure-infrastructure", "matrix.scope-3"],
};
