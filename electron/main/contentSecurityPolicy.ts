/**
 * The Content-Security-Policy sent as a header with every page and file the
 * app serves. renderer/index.html carries the same policy in a meta tag (so
 * the page is protected however it is loaded); the header adds what a meta
 * tag cannot say (`frame-ancestors`). A test keeps the two in step.
 *
 * No remote origins, no inline or evaluated script, no plugins, no <base>,
 * no form posts; images from the app, `data:` and `blob:` (the blob: URLs the
 * window makes from pictures kept in its own database).
 */
export const contentSecurityPolicyDirectives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const contentSecurityPolicy = Object.entries(contentSecurityPolicyDirectives)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Parses a policy string into directive → value, for comparing policies. */
export function parseContentSecurityPolicy(policy: string): Record<string, string> {
  const directives: Record<string, string> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = values.join(' ');
  }
  return directives;
}

/** Headers on every response of the app protocol. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
