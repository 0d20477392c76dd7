export * from "./scope";
export * from "./tags";
export * from "./data-classes";
export * from "./secrets";
export * from "./principals";
export * from "./networks";
export * from "./capacity";
export * from "./kms-keys";
