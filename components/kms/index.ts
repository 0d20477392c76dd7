export * from "./key-policy";
export * from "./key-validation";
export * from "./scoped-key";
export * from "./key-args-validation";
