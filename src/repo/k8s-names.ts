/**
 * Kubernetes object names, as the API server checks them: one definition for validate
 * (what Argo CD would apply), generation's inputs and the action's settings.
 */

/** A DNS-1123 label pattern: namespaces, and the names generation derives (length apart). */
export const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A DNS-1035 label pattern: a DNS-1123 label that starts with a letter (Service names). */
export const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A namespace name: a DNS-1123 label of at most 63 characters. */
export function isNamespaceName(s: string): boolean {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}

/** An object name (most kinds, custom resources such as Applications too): a DNS-1123 subdomain of at most 253 characters. */
export function isObjectName(s: string): boolean {
  return s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
}
