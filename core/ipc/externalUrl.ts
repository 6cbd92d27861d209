import { z } from 'zod';

/** The link schemes notes hold and the system may open: the web, and mail. */
export const externalSchemes = ['https:', 'http:', 'mailto:'] as const;

/**
 * A link the system browser or mail program may be handed: http(s) without
 * a user name or password in it (a classic disguise: https://bank.com@evil),
 * or mailto; at most 4000 characters. file:, javascript:, data:, custom
 * schemes and the app's own plenary: are never opened.
 */
export const externalUrlSchema = z
  .string()
  .max(4000)
  .refine((value) => {
    try {
      const url = new URL(value);
      if (!(externalSchemes as readonly string[]).includes(url.protocol)) return false;
      return url.protocol === 'mailto:' || (url.username === '' && url.password === '' && url.hostname !== '');
    } catch {
      return false;
    }
  }, 'Only web (http, https) and mail (mailto) links can be opened.');
