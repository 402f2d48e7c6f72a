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

/**
 * A Helm release name: Helm refuses any other (`helm template --name-template`), and Argo CD
 * renders every Helm source with the Application's name (or `helm.releaseName`) as one.
 */
export function isHelmReleaseName(s: string): boolean {
  return s.length <= 53 && DNS1123_SUBDOMAIN.test(s);
}

/** The name part of a qualified name (label and annotation keys), as apimachinery's IsQualifiedName has it. */
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/**
 * Why `key` is not a qualified name (`[prefix/]name`: the prefix a DNS-1123 subdomain of
 * at most 253 characters, the name at most 63 characters of the pattern above), or
 * undefined when it is one. The API server refuses label and annotation keys that are not.
 */
export function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const name = slash < 0 ? key : key.slice(slash + 1);
  if (slash >= 0) {
    const prefix = key.slice(0, slash);
    if (!prefix) return 'its prefix before `/` is empty';
    if (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix)) return `its prefix '${prefix}' is not a DNS subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)`;
  }
  if (!name) return 'its name part is empty';
  if (name.length > 63) return `its name part is ${name.length} characters long (at most 63)`;
  if (!QUALIFIED_NAME_PART.test(name)) return `its name part '${name}' may hold only letters, digits, '-', '_' and '.', and must start and end with a letter or digit`;
  return undefined;
}

/** Why `value` is not a label value (empty, or at most 63 characters of the name-part pattern), or undefined when it is one. */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63) return `it is ${value.length} characters long (at most 63)`;
  if (!QUALIFIED_NAME_PART.test(value)) return "it may hold only letters, digits, '-', '_' and '.', and must start and end with a letter or digit";
  return undefined;
}
