export * from "./kms";
export * from "./storage";
