/** Values the samples share: unknowns as a preview shows them, a key ARN, policy documents. */
export { UNKNOWN } from "../support";
export { KEY_ARN } from "../fixtures/values";

/** A policy document with these statements, as programs write it (JSON text). */
export const policyDocument = (...statements: object[]): string =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });
