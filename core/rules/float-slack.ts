/** Slack added to every tolerance so binary floating point (0.1 + 0.2) never trips a rule. */
export const FLOAT_SLACK = 1e-9;
