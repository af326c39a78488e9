/** The URLs of a srcset as a browser reads them (see srcset-urls.mjs). */
export function srcsetUrls(srcset: string): string[];
