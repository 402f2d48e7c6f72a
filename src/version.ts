/** The action's version, reported in SARIF and the JSON documents. Kept in step with package.json by a test. */
export const VERSION = '1.0.0';
