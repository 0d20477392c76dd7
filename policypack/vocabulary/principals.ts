/**
 * Service principals that assume a role for compute the account itself runs (an instance, a
 * function) and send no `aws:SourceAccount` or `aws:SourceArn` with the request: a source condition
 * on their trust could never match and would break the role, so trusts of these services carry
 * none and the policies do not ask for one.
 */
export const NO_SOURCE_CONTEXT_PRINCIPALS: readonly string[] = [
  "ec2.amazonaws.com",
  "lambda.amazonaws.com",
  "edgelambda.amazonaws.com",
  "apigateway.amazonaws.com",
  "glue.amazonaws.com",
  "backup.amazonaws.com",
];
