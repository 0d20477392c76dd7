/**
 * The longest rotation interval, in days, accepted for an AI provider's API key: a key that never
 * changes stays usable for as long as any copy of it survives in a log, a laptop or an old image.
 */
export const MAX_AI_KEY_ROTATION_DAYS = 90;
